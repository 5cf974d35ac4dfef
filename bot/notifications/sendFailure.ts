/**
 * What a failed send means for the next attempt. botbuilder's connector client throws a `RestError`
 * with `statusCode` (absent when the connector could not be reached: `code` ECONNREFUSED…) and, not
 * enumerable, `response.headers.get('retry-after')`.
 */
export interface SendFailure {
  /** A class for the outbox and the log: an HTTP status or an error code, never a message (it may quote data). */
  errorClass: string;
  retryable: boolean;
  /** From Retry-After (seconds or an HTTP date), when the channel gave one. */
  retryAfterMs: number | null;
}

interface ThrownByConnector {
  statusCode?: unknown;
  code?: unknown;
  name?: unknown;
  response?: { headers?: { get?(name: string): string | undefined } };
}

export function classifySendFailure(error: unknown, now: Date): SendFailure {
  const thrown = (error ?? {}) as ThrownByConnector;
  const status = typeof thrown.statusCode === 'number' ? thrown.statusCode : null;
  const retryAfterMs = parseRetryAfter(thrown.response?.headers?.get?.('retry-after'), now);
  if (status === null) {
    // Connector down, timeout, DNS: the channel never saw the message; try again later.
    const code = typeof thrown.code === 'string' && /^[A-Z_]+$/.test(thrown.code) ? thrown.code : String(thrown.name ?? 'Error');
    return { errorClass: code, retryable: true, retryAfterMs };
  }
  // 408 and 429 are "not now"; 5xx is the channel's trouble. Other 4xx (a withdrawn tag, error 100, a
  // blocked user) will fail the same way every time.
  const retryable = status === 408 || status === 429 || status >= 500;
  return { errorClass: `HTTP ${status}`, retryable, retryAfterMs };
}

export function parseRetryAfter(value: string | undefined | null, now: Date): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now.getTime());
}
