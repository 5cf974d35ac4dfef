/**
 * "Do I spend more than usual?": this month so far against the same days of the three months before,
 * per category, through the store's own totals (transfers between own accounts left out there).
 */
import type { TransactionStore } from '../transactionStore';
import type { DateRange } from '../types';
import { addMonths } from './rhythm';

export const USUAL_MONTHS = 3;

export interface CategoryComparison {
  category: string;
  currentCents: number;
  /** The average of the same days of the previous months, rounded to the cent. */
  usualCents: number;
}

export interface SpendingComparison {
  period: DateRange;
  rows: CategoryComparison[];
}

/** Per category, biggest change first; categories with nothing spent in either are left out. */
export async function compareWithUsual(store: TransactionStore, customerId: string, today: string, categories?: string[]): Promise<SpendingComparison> {
  const period = { start: `${today.slice(0, 8)}01`, end: today };
  const earlier = Array.from({ length: USUAL_MONTHS }, (_, i) => sameDaysOf(today, i + 1));
  const spent = async (category: string, range: DateRange) =>
    (await store.totals(customerId, { period: range, category, direction: 'out', excludeOwnTransfers: true })).totalCents;
  const rows = await Promise.all((categories ?? await spendingCategories(store, customerId)).map(async (category) => {
    const [currentCents, ...usual] = await Promise.all([period, ...earlier].map((range) => spent(category, range)));
    return { category, currentCents, usualCents: Math.round(usual.reduce((sum, cents) => sum + cents, 0) / USUAL_MONTHS) };
  }));
  return {
    period,
    rows: rows
      .filter((r) => categories !== undefined || r.currentCents > 0 || r.usualCents > 0)
      .sort((a, b) => Math.abs(b.currentCents - b.usualCents) - Math.abs(a.currentCents - a.usualCents) || a.category.localeCompare(b.category)),
  };
}

/** Money out, per category, over a period: what a breakdown shows, largest first. */
export async function spendingByCategory(
  store: TransactionStore, customerId: string, period: DateRange,
): Promise<{ category: string; cents: number }[]> {
  const rows = await Promise.all((await spendingCategories(store, customerId)).map(async (category) => ({
    category, cents: (await store.totals(customerId, { period, category, direction: 'out', excludeOwnTransfers: true })).totalCents,
  })));
  return rows
    .filter((row) => row.cents > 0)
    .sort((a, b) => b.cents - a.cents || a.category.localeCompare(b.category));
}

/** Salary is never spending; every other category may be. */
export async function spendingCategories(store: TransactionStore, customerId: string): Promise<string[]> {
  return (await store.categoriesOf(customerId)).filter((c) => c !== 'salary');
}

/** The first `day` days of the month `monthsBack` before, cut at its end (the 31st against a 30-day month). */
function sameDaysOf(today: string, monthsBack: number): DateRange {
  const start = addMonths(`${today.slice(0, 8)}01`, -monthsBack);
  return { start, end: addMonths(today, -monthsBack) };
}
