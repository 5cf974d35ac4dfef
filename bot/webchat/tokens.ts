import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** What a valid token says: who the web user is, until when, and (for a conversation token) where. */
export interface TokenClaims {
  /** The web user's id: becomes `from.id` on the `webchat` channel. */
  sub: string;
  /** Expiry, in seconds since the epoch. */
  exp: number;
  /** The Direct Line conversation a conversation token is bound to. */
  conv?: string;
}

/** A user id the bank's website may hand us: short, printable, no separators that could confuse a key. */
const USER_ID = /^[A-Za-z0-9_-]{4,64}$/;

/**
 * Tokens are `base64url(JSON claims).base64url(HMAC-SHA256(secret, first part))`: the bank's website can
 * make one in any language with its HMAC library, and the bot checks it without any call out.
 */
export function signToken(claims: TokenClaims, secret: string): string {
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return `${payload}.${mac(payload, secret)}`;
}

/** The claims of a well-signed, unexpired token; null for anything else (the caller says nothing more). */
export function verifyToken(token: string | undefined, secret: string, now: Date): TokenClaims | null {
  if (!token || token.length > 2048) return null;
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined) return null;
  const expected = Buffer.from(mac(payload, secret));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const claims = parseClaims(payload);
  if (!claims || claims.exp * 1000 <= now.getTime()) return null;
  return claims;
}

export function isWebUserId(value: unknown): value is string {
  return typeof value === 'string' && USER_ID.test(value);
}

/** Local mode without WEBCHAT_TOKEN_SECRET: a secret for this process only (tokens end with it). */
export function ephemeralSecret(): string {
  return randomBytes(32).toString('hex');
}

function mac(payload: string, secret: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

function parseClaims(payload: string): TokenClaims | null {
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Partial<TokenClaims>;
    if (!isWebUserId(claims.sub) || typeof claims.exp !== 'number') return null;
    if (claims.conv !== undefined && typeof claims.conv !== 'string') return null;
    return { sub: claims.sub, exp: claims.exp, ...(claims.conv ? { conv: claims.conv } : {}) };
  } catch {
    return null;
  }
}
