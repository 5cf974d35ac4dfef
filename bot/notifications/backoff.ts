/** Settings of the retry schedule. */
export interface BackoffPolicy {
  /** Delay before the second attempt; doubled for each further one. */
  baseMs: number;
  /** No wait is longer than this, however many attempts failed. */
  maxMs: number;
}

/**
 * Exponential backoff with "equal jitter": half of the exponential delay is kept, the other half is
 * random, so that notifications failing together do not all come back at the same instant. `random`
 * is injected (tests pass a constant). A Retry-After from the channel is a floor, never shortened.
 */
export function retryDelayMs(failedAttempts: number, policy: BackoffPolicy, random: () => number, retryAfterMs: number | null): number {
  const exponential = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, failedAttempts - 1));
  const jittered = Math.round(exponential / 2 + (random() * exponential) / 2);
  return Math.max(jittered, retryAfterMs ?? 0);
}
