/**
 * Whether a booked payment looks unusual against the customer's earlier payments at the same merchant.
 * Pure. Three signs, each a reason the notification says:
 * - `duplicate`: the same amount at the same merchant within the 24 hours before;
 * - `firstPayment`: the first payment ever seen at that merchant, of at least `FIRST_PAYMENT_ALERT_CENTS`;
 * - `priceRise`: the merchant is a recurring payment (see `recurring.ts`) and this one is more than
 *   10 % dearer than the series' latest amount.
 */
import { AMOUNT_TOLERANCE_PERCENT, detectRecurring, type Payment } from './recurring';

export const FIRST_PAYMENT_ALERT_CENTS = 100_00;
const DUPLICATE_WINDOW_MS = 24 * 3_600_000;

export type UnusualReason =
  | { kind: 'duplicate' }
  | { kind: 'firstPayment' }
  | { kind: 'priceRise'; usualCents: number };

/** A payment with its instant, for the 24-hour window. */
export interface TimedPayment extends Payment {
  /** ISO 8601 instant. */
  bookedAt: string;
}

/** `earlier`: the customer's previous payments (money out) at the same merchant, not including this one. */
export function unusualReasons(payment: TimedPayment, earlier: readonly TimedPayment[]): UnusualReason[] {
  const reasons: UnusualReason[] = [];
  const at = Date.parse(payment.bookedAt);
  if (earlier.some((p) => p.amountCents === payment.amountCents && Math.abs(at - Date.parse(p.bookedAt)) <= DUPLICATE_WINDOW_MS)) {
    reasons.push({ kind: 'duplicate' });
  }
  if (earlier.length === 0 && payment.amountCents >= FIRST_PAYMENT_ALERT_CENTS) reasons.push({ kind: 'firstPayment' });
  const series = detectRecurring(earlier, payment.date)[0];
  if (series && (payment.amountCents - series.amountCents) * 100 > series.amountCents * AMOUNT_TOLERANCE_PERCENT) {
    reasons.push({ kind: 'priceRise', usualCents: series.amountCents });
  }
  return reasons;
}
