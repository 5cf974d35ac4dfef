/**
 * "Has my salary come in?" is about the current pay cycle, not today: a salary belongs to the current
 * cycle until the next one is nearly due. The cycle's length is the gap between the last two salaries
 * (a month when there is only one), so a salary paid on the 27th or on the 1st is judged by its own rhythm.
 */
import { localDate } from './time';
import type { TransactionStore } from './transactionStore';
import type { Transaction } from './types';

/** A salary may come this many days before its usual day and still be the next cycle's. */
const EARLY_DAYS = 3;
const USUAL_CYCLE_DAYS = 31;
const DAY_MS = 86_400_000;

export interface SalaryStatus {
  /** The salary of the current cycle, if it has come in. */
  current: Transaction | null;
  /** The latest salary of all, when the current cycle's has not come in yet (null if there never was one). */
  last: Transaction | null;
}

/** The customer's latest salaries (category `salary`, money in, not a transfer between own accounts) judged against today. */
export async function salaryStatus(
  store: TransactionStore, customerId: string, accountIds: string[] | undefined, now: Date, timeZone: string,
): Promise<SalaryStatus> {
  const [latest, previous] = await store.latestIncome(customerId, { accountIds, category: 'salary' }, 2);
  if (!latest) return { current: null, last: null };
  const day = (t: Transaction) => localDate(new Date(t.bookedAt), timeZone);
  const cycleDays = previous ? daysBetween(day(previous), day(latest)) : USUAL_CYCLE_DAYS;
  const nextDue = daysBetween(day(latest), localDate(now, timeZone)) >= cycleDays - EARLY_DAYS;
  return nextDue ? { current: null, last: latest } : { current: latest, last: null };
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}
