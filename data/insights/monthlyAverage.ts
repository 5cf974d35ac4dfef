/**
 * "Combien je dépense en moyenne par mois ?": the mean spending of the last complete calendar months.
 * A month still under way would pull the mean down, and a month before the bank's records start would
 * count as a month with nothing spent: only whole months inside the records count, at most a year of
 * them. Spending is what every total counts (money out, transfers between own accounts left out).
 */
import { localDate } from '../time';
import type { TransactionStore } from '../transactionStore';
import type { DateRange, TransactionFilter } from '../types';
import { addDays, addMonths } from './rhythm';

/** The most months one mean covers: a year, so that every season weighs once. */
export const MAX_AVERAGED_MONTHS = 12;

export interface MonthlyAverage {
  /** The first day of the first month counted and the last day of the last one. */
  months: DateRange;
  monthCount: number;
  totalCents: number;
  /** Payments counted over all the months. */
  count: number;
  /** Transfers between own accounts in those months, left out of the total. */
  ownTransfersLeftOut: number;
  /** `totalCents / monthCount`, rounded to the nearest cent, a half cent up (integer arithmetic). */
  averageCents: number;
}

/**
 * The mean over the complete months inside `filter.period` (when the question names one) and inside the
 * records, the latest `MAX_AVERAGED_MONTHS` of them; null when no complete month qualifies.
 */
export async function monthlyAverage(
  store: TransactionStore, customerId: string, filter: TransactionFilter, today: string, timeZone: string,
): Promise<MonthlyAverage | null> {
  const first = await store.firstBookedAt(customerId);
  if (first === null) return null;
  const months = completeMonths(localDate(new Date(first), timeZone), today, filter.period);
  if (months === null) return null;
  // Spending unless income is asked ("combien je gagne en moyenne"): the mean of money in, over the same months.
  const direction = filter.direction === 'in' ? 'in' : 'out';
  const totals = await store.totals(customerId, { ...filter, period: months.range, direction, excludeOwnTransfers: true });
  return {
    months: months.range, monthCount: months.count, totalCents: totals.totalCents, count: totals.count,
    ownTransfersLeftOut: totals.ownTransfersLeftOut,
    averageCents: roundedMean(totals.totalCents, months.count),
  };
}

/**
 * The whole calendar months that start on or after the records' first day, end before the current month
 * and lie inside the period asked, the latest `MAX_AVERAGED_MONTHS`. Dates are `YYYY-MM-DD` of the bank's zone.
 */
export function completeMonths(firstRecorded: string, today: string, asked?: DateRange): { range: DateRange; count: number } | null {
  const firstOfMonth = (date: string) => `${date.slice(0, 8)}01`;
  const recordsFrom = firstRecorded.endsWith('-01') ? firstRecorded : addMonths(firstOfMonth(firstRecorded), 1);
  const askedFrom = asked && (asked.start.endsWith('-01') ? asked.start : addMonths(firstOfMonth(asked.start), 1));
  // The month after the last complete one: the current month, or the month after the period's end when it is whole.
  const thisMonth = firstOfMonth(today);
  const askedUntil = asked && (addDays(asked.end, 1).endsWith('-01') ? addDays(asked.end, 1) : firstOfMonth(asked.end));
  const until = askedUntil && askedUntil < thisMonth ? askedUntil : thisMonth;
  const latestStart = addMonths(until, -MAX_AVERAGED_MONTHS);
  const from = [recordsFrom, askedFrom ?? recordsFrom, latestStart].reduce((a, b) => (a > b ? a : b));
  const count = monthsBetween(from, until);
  return count > 0 ? { range: { start: from, end: addDays(until, -1) }, count } : null;
}

/** Whole months from one first-of-month to another. */
function monthsBetween(from: string, until: string): number {
  const index = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7));
  return index(until) - index(from);
}

/** The mean of non-negative cents to the nearest cent, a half up, without floating point. */
export function roundedMean(totalCents: number, count: number): number {
  return Math.floor((2 * totalCents + count) / (2 * count));
}
