/**
 * The Saturdays and Sundays inside a period, as the half-open instant ranges the stores compare with:
 * one range per weekend, cut to the period ("October's weekends" end on Saturday 31, without Sunday
 * 1 November). Built day by day in the bank's zone, so that a daylight-saving change (Sunday 25 October
 * 2026 in Paris lasts 25 hours) moves no boundary.
 */
import type { DateRange } from './types';
import { addDays, daysBetween } from './insights/rhythm';
import { dayRangeToInstants } from './time';

/** The weekend days of the period, grouped in runs of consecutive days: `[{ start: Sat, end: Sun }, …]`. */
export function weekendDaysOf(period: DateRange): DateRange[] {
  const runs: DateRange[] = [];
  for (let day = period.start; day <= period.end; day = addDays(day, 1)) {
    if (!isWeekend(day)) continue;
    const last = runs[runs.length - 1];
    if (last && addDays(last.end, 1) === day) last.end = day;
    else runs.push({ start: day, end: day });
  }
  return runs;
}

/** How many Saturdays and Sundays the period holds. */
export function weekendDayCount(period: DateRange): number {
  return weekendDaysOf(period).reduce((count, run) => count + daysBetween(run.start, run.end) + 1, 0);
}

/** `[from, until)` UTC ISO instants of each run of weekend days, for `jsonRanges`. */
export function weekendInstants(period: DateRange, timeZone: string): [string, string][] {
  return weekendDaysOf(period).map((run) => {
    const { start, end } = dayRangeToInstants(run.start, run.end, timeZone);
    return [start, end];
  });
}

/** A calendar date's weekday does not depend on any zone: read it in UTC. */
function isWeekend(date: string): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
}
