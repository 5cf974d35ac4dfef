import { TZDate } from '@date-fns/tz';
import { addDays, isAfter } from 'date-fns';
import type { Calendar, DayRange } from './calendar';

/**
 * Holidays whose dates follow a rule, the latest one that has begun (on 1 December, Christmas is last
 * year's). The reply always states the dates taken, so the customer sees which days were read.
 */
export function latestHoliday(calendar: Calendar, holidayOfYear: (year: number, timeZone: string) => DayRange): DayRange {
  const thisYear = holidayOfYear(calendar.today.getFullYear(), calendar.zone);
  return isAfter(thisYear.start, calendar.today) ? holidayOfYear(calendar.today.getFullYear() - 1, calendar.zone) : thisYear;
}

/** Christmas: 24 to 26 December. */
export function christmas(year: number, timeZone: string): DayRange {
  return { start: new TZDate(year, 11, 24, timeZone), end: new TZDate(year, 11, 26, timeZone) };
}

/** The first Sunday on or after a date. */
function sundayFrom(year: number, monthIndex: number, day: number, timeZone: string): TZDate {
  const date = new TZDate(year, monthIndex, day, timeZone);
  return addDays(date, (7 - date.getDay()) % 7);
}

/**
 * The French autumn school holidays ("vacances de la Toussaint"), the same in every zone: the two weeks
 * from a Saturday to the first Sunday on or after 1 November (17 October – 1 November 2026, 18 October –
 * 2 November 2025).
 */
export function toussaintHolidays(year: number, timeZone: string): DayRange {
  const end = sundayFrom(year, 10, 1, timeZone);
  return { start: addDays(end, -15), end };
}

/**
 * The French Christmas school holidays, the same in every zone: the two weeks from a Saturday in December
 * to the first Sunday on or after 1 January (20 December 2025 – 4 January 2026).
 */
export function christmasHolidays(year: number, timeZone: string): DayRange {
  const end = sundayFrom(year + 1, 0, 1, timeZone);
  return { start: addDays(end, -15), end };
}
