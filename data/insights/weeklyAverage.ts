/**
 * "Combien je dépense en moyenne par semaine ?": the mean spending of the last complete weeks, Monday to
 * Sunday, as the monthly mean (`monthlyAverage.ts`) is of whole months: a week under way (this one, even on
 * its Sunday, which is not over) would pull the mean down, and a week before the records start would count
 * as a week with nothing spent. At most a year of weeks, so that every season weighs once.
 */
import type { TransactionStore } from '../transactionStore';
import type { DateRange, TransactionFilter } from '../types';
import { addDays, daysBetween } from './rhythm';
import { spendingMean, type SpendingMean } from './spendingMean';

/** The most weeks one mean covers: a year's worth. */
export const MAX_AVERAGED_WEEKS = 52;

/** The mean over the complete weeks inside `filter.period` (when one is named) and inside the records; null when none qualifies. */
export function weeklyAverage(
  store: TransactionStore, customerId: string, filter: TransactionFilter, today: string, timeZone: string,
): Promise<SpendingMean | null> {
  return spendingMean(store, customerId, filter, today, timeZone, completeWeeks);
}

/**
 * The whole Monday-to-Sunday weeks that start on or after the records' first day, end before the current
 * week and lie inside the period asked, the latest `MAX_AVERAGED_WEEKS`. Dates are `YYYY-MM-DD` of the bank's zone.
 */
export function completeWeeks(firstRecorded: string, today: string, asked?: DateRange): { range: DateRange; count: number } | null {
  const recordsFrom = mondayOnOrAfter(firstRecorded);
  const askedFrom = asked ? mondayOnOrAfter(asked.start) : recordsFrom;
  // The Monday after the last complete week: this week's, or the one after the period's end when that is a Sunday.
  const thisMonday = mondayOnOrBefore(today);
  const askedUntil = asked ? mondayOnOrBefore(addDays(asked.end, 1)) : thisMonday;
  const until = askedUntil < thisMonday ? askedUntil : thisMonday;
  const latestStart = addDays(until, -7 * MAX_AVERAGED_WEEKS);
  const from = [recordsFrom, askedFrom, latestStart].reduce((a, b) => (a > b ? a : b));
  const count = Math.floor(daysBetween(from, until) / 7);
  return count > 0 ? { range: { start: from, end: addDays(until, -1) }, count } : null;
}

/** ISO weekday of a calendar date, 1 (Monday) … 7 (Sunday); a date's weekday depends on no zone. */
function isoWeekday(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

function mondayOnOrBefore(date: string): string {
  return addDays(date, 1 - isoWeekday(date));
}

function mondayOnOrAfter(date: string): string {
  const weekday = isoWeekday(date);
  return weekday === 1 ? date : addDays(date, 8 - weekday);
}
