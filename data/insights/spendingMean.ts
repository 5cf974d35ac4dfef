/**
 * A mean of spending (or of income, when asked) over whole calendar units (months in `monthlyAverage.ts`, weeks in `weeklyAverage.ts`):
 * a unit still under way would pull the mean down, and one before the bank's records start would count as
 * a unit with nothing spent, so only whole units inside the records count. Spending is what every total
 * counts (money out, transfers between own accounts left out).
 */
import { localDate } from '../time';
import type { TransactionStore } from '../transactionStore';
import type { DateRange, TransactionFilter } from '../types';

export interface SpendingMean {
  /** The first day of the first unit counted and the last day of the last one. */
  span: DateRange;
  unitCount: number;
  totalCents: number;
  /** Payments counted over all the units. */
  count: number;
  /** Transfers between own accounts in those units, left out of the total. */
  ownTransfersLeftOut: number;
  /** `totalCents / unitCount`, rounded to the nearest cent, a half cent up (integer arithmetic). */
  averageCents: number;
}

/** The whole units after the records' first day, before today's unit and inside the period asked; null when none. */
export type CompleteUnits = (firstRecorded: string, today: string, asked?: DateRange) => { range: DateRange; count: number } | null;

/** The mean over the complete units inside `filter.period` (when the question names one) and the records; null when none qualifies. */
export async function spendingMean(
  store: TransactionStore, customerId: string, filter: TransactionFilter, today: string, timeZone: string, completeUnits: CompleteUnits,
): Promise<SpendingMean | null> {
  const first = await store.firstBookedAt(customerId);
  if (first === null) return null;
  const units = completeUnits(localDate(new Date(first), timeZone), today, filter.period);
  if (units === null) return null;
  // Spending unless income is asked ("combien je gagne en moyenne"): the mean of money in, over the same units.
  const direction = filter.direction === 'in' ? 'in' : 'out';
  const totals = await store.totals(customerId, { ...filter, period: units.range, direction, excludeOwnTransfers: true });
  return {
    span: units.range, unitCount: units.count, totalCents: totals.totalCents, count: totals.count,
    ownTransfersLeftOut: totals.ownTransfersLeftOut, averageCents: roundedMean(totals.totalCents, units.count),
  };
}

/** The mean of non-negative cents to the nearest cent, a half up, without floating point. */
export function roundedMean(totalCents: number, count: number): number {
  return Math.floor((2 * totalCents + count) / (2 * count));
}
