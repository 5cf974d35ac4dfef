import { createHmac, timingSafeEqual } from 'node:crypto';

const PREFIX = 'sha256=';

/** `sha256=<hex HMAC-SHA256 of the raw body>`, as Messenger signs its webhooks. */
export function signBody(body: Buffer | string, secret: string): string {
  return PREFIX + createHmac('sha256', secret).update(body).digest('hex');
}

/** Compares in constant time, over the exact bytes received (never a re-serialised JSON). */
export function hasValidSignature(body: Buffer, header: string | undefined, secret: string): boolean {
  if (!header || !header.startsWith(PREFIX)) return false;
  const expected = Buffer.from(signBody(body, secret));
  const given = Buffer.from(header);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
