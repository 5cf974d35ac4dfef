/**
 * Money crosses the data layer's edges as decimal strings ("12452.07", "-45.90") and lives inside it
 * as integer cents. Parsing is done on the digits themselves so no binary float ever rounds a cent.
 */

/**
 * The largest amount one record may carry: ±10^12 cents (ten billion euros). Far above any real
 * movement, and far below 2^53, so that sums of many of them stay exact integers in JavaScript.
 */
export const MAX_AMOUNT_CENTS = 1e12;
/** The largest balance an account may reach: a thousand maximal amounts, still exact (2^53 ≈ 9 × 10^15). */
export const MAX_BALANCE_CENTS = 1e15;

export function isBoundedAmount(cents: number): boolean {
  return Number.isSafeInteger(cents) && Math.abs(cents) <= MAX_AMOUNT_CENTS;
}

export function isBoundedBalance(cents: number): boolean {
  return Number.isSafeInteger(cents) && Math.abs(cents) <= MAX_BALANCE_CENTS;
}

const DECIMAL_AMOUNT = /^(-?)(\d+)(?:\.(\d{1,2}))?$/;

/** Integer cents for a decimal amount string with at most two decimals, or null if it is not one. */
export function parseCents(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const match = DECIMAL_AMOUNT.exec(value);
  if (!match) return null;
  const [, sign, units, fraction = ''] = match;
  const magnitude = Number(units) * 100 + Number(fraction.padEnd(2, '0'));
  if (!Number.isSafeInteger(magnitude)) return null;
  // `0 * -1` would be -0, which prints and compares oddly; zero has no sign.
  return sign === '-' && magnitude !== 0 ? -magnitude : magnitude;
}

/** The decimal string for integer cents: 1245207 → "12452.07", -50 → "-0.50". */
export function formatCents(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`not an integer amount of cents: ${cents}`);
  const magnitude = Math.abs(cents);
  const remainder = magnitude % 100;
  const units = (magnitude - remainder) / 100;
  return `${cents < 0 ? '-' : ''}${units}.${String(remainder).padStart(2, '0')}`;
}
