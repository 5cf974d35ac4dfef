import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns';
import type { DayRange } from './calendar';

/**
 * Easter Sunday of a Gregorian year, by the anonymous Gregorian computus (Meeus, Jones, Butcher): no table
 * to run out. 5 April 2026, 20 April 2025, 28 March 2027.
 */
export function easterSunday(year: number, timeZone: string): TZDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return new TZDate(year, month - 1, day, timeZone);
}

/** A span of days around Easter Sunday, as `latestHoliday` takes it: `from` and `to` days from the Sunday. */
export function aroundEaster(from: number, to: number): (year: number, timeZone: string) => DayRange {
  return (year, timeZone) => {
    const sunday = easterSunday(year, timeZone);
    return { start: addDays(sunday, from), end: addDays(sunday, to) };
  };
}
