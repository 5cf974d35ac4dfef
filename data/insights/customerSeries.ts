/**
 * The customer's recurring series, read through the transaction store's own search (own-account transfers
 * left out by the store, pending payments counted as the money they are) and handed to the pure detector.
 */
import { localDate } from '../time';
import type { TransactionStore } from '../transactionStore';
import type { Direction, Transaction } from '../types';
import { detectRecurring, type Payment, type RecurringSeries } from './recurring';
import { addMonths } from './rhythm';

/** Thirteen months: a yearly payment shows twice. */
export const HISTORY_MONTHS = 13;
/** A bound on what one question reads; far above a year of anyone's payments. */
const MAX_PAYMENTS = 20_000;

/** Recurring money out (subscriptions, direct debits, rent) still running on `today`. */
export async function recurringPayments(store: TransactionStore, customerId: string, today: string, timeZone: string): Promise<RecurringSeries[]> {
  return detectRecurring(await paymentsOf(store, customerId, today, timeZone, 'out'), today);
}

/** The salary as a series, for its next expected date; null when no regular salary shows. */
export async function salarySeries(store: TransactionStore, customerId: string, today: string, timeZone: string): Promise<RecurringSeries | null> {
  const series = detectRecurring(await paymentsOf(store, customerId, today, timeZone, 'in', 'salary'), today);
  return series.find((s) => s.rhythm === 'monthly') ?? null;
}

async function paymentsOf(
  store: TransactionStore, customerId: string, today: string, timeZone: string, direction: Direction, category?: string,
): Promise<Payment[]> {
  const period = { start: addMonths(today, -HISTORY_MONTHS), end: today };
  const { transactions } = await store.search(customerId, {
    period, direction, category, excludeOwnTransfers: true, limit: MAX_PAYMENTS, offset: 0,
  });
  return transactions.map((t) => toPayment(t, timeZone));
}

function toPayment(t: Transaction, timeZone: string): Payment {
  return {
    id: t.id,
    accountId: t.accountId,
    date: localDate(new Date(t.bookedAt), timeZone),
    amountCents: Math.abs(t.amountCents),
    merchant: t.merchant ?? t.description,
  };
}
