import { z } from 'zod';

/** NOTIFY_MAX_BACKOFF_SECONDS when unset: an hour between two attempts at most. */
export const DEFAULT_MAX_BACKOFF_SECONDS = 3600;

interface RetrySettings {
  NOTIFY_BACKOFF_SECONDS: number;
  NOTIFY_MAX_BACKOFF_SECONDS: number;
}

/**
 * The first retry delay may not exceed the longest one: the backoff would silently clamp every delay to
 * the maximum, so the setting the operator chose would not do what it says. The refusal names the
 * variable the operator most likely set: the maximum when it was changed, the first delay otherwise.
 */
export function refuseFirstDelayAboveMax(settings: RetrySettings, context: z.RefinementCtx): void {
  const { NOTIFY_BACKOFF_SECONDS: first, NOTIFY_MAX_BACKOFF_SECONDS: max } = settings;
  // A variable refused on its own is already named; comparing it would mislead.
  if (typeof first !== 'number' || typeof max !== 'number' || first <= max) return;
  if (max !== DEFAULT_MAX_BACKOFF_SECONDS) {
    context.addIssue({
      code: z.ZodIssueCode.custom, path: ['NOTIFY_MAX_BACKOFF_SECONDS'],
      message: `expected at least NOTIFY_BACKOFF_SECONDS, the first retry delay (${first}), got "${max}"`,
    });
    return;
  }
  context.addIssue({
    code: z.ZodIssueCode.custom, path: ['NOTIFY_BACKOFF_SECONDS'],
    message: `expected at most NOTIFY_MAX_BACKOFF_SECONDS, the longest delay (${max}), got "${first}"`,
  });
}
