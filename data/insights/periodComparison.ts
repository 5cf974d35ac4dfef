/**
 * "Did I spend more this month than last month?", "compare October and November": money spent in two
 * periods, the earlier first, in total and per category (transfers between own accounts left out, as in
 * every spending figure).
 */
import type { TransactionStore } from '../transactionStore';
import type { DateRange } from '../types';
import { addDays, daysBetween } from './rhythm';
import { spendingCategories } from './spendingComparison';

/** A named period of at least this many days is read as a month: it is compared over the same days of the month. */
const MONTH_LIKE_DAYS = 28;

export interface PeriodSpending {
  period: DateRange;
  cents: number;
}

export interface PeriodCategoryChange {
  category: string;
  earlierCents: number;
  laterCents: number;
}

export interface PeriodComparison {
  earlier: PeriodSpending;
  later: PeriodSpending;
  /** Per category with anything spent in either period, biggest change first. */
  rows: PeriodCategoryChange[];
}

/** The two periods compared as named, in calendar order; `categories` narrows both to those. */
export async function comparePeriods(
  store: TransactionStore, customerId: string, periods: readonly [DateRange, DateRange], categories?: string[],
): Promise<PeriodComparison> {
  const [earlier, later] = [...periods].sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end));
  const spent = async (period: DateRange, category?: string) =>
    (await store.totals(customerId, { period, category, direction: 'out', excludeOwnTransfers: true })).totalCents;
  const compared = await Promise.all((categories ?? await spendingCategories(store, customerId))
    .map(async (category) => ({ category, earlierCents: await spent(earlier, category), laterCents: await spent(later, category) })));
  const rows = compared
    .filter((row) => categories !== undefined || row.earlierCents > 0 || row.laterCents > 0)
    .sort((a, b) => Math.abs(b.laterCents - b.earlierCents) - Math.abs(a.laterCents - a.earlierCents) || a.category.localeCompare(b.category));
  const sum = (cents: (row: PeriodCategoryChange) => number) => rows.reduce((total, row) => total + cents(row), 0);
  return {
    earlier: { period: earlier, cents: categories ? sum((row) => row.earlierCents) : await spent(earlier) },
    later: { period: later, cents: categories ? sum((row) => row.laterCents) : await spent(later) },
    rows,
  };
}

/**
 * One past period named ("plus qu'en octobre"), set against the present over as many days: a month-long one
 * against this month so far, over the same days of it (1–29 October against 1–29 November); a shorter one
 * against as many days ending today (last week against the last seven days). Undefined when the named period
 * reaches today: it has nothing to be set against but the usual.
 */
export function againstTheseDays(named: DateRange, today: string): [DateRange, DateRange] | undefined {
  if (named.end >= today) return undefined;
  const length = daysBetween(named.start, named.end) + 1;
  if (length < MONTH_LIKE_DAYS) return [named, { start: addDays(today, 1 - length), end: today }];
  const soFar = daysBetween(`${today.slice(0, 8)}01`, today);
  const cut = addDays(named.start, soFar);
  return [{ start: named.start, end: cut < named.end ? cut : named.end }, { start: `${today.slice(0, 8)}01`, end: today }];
}
