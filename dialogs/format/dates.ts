import { TZDate } from '@date-fns/tz';
import { differenceInCalendarDays, format, type Locale } from 'date-fns';
import { enGB, fr } from 'date-fns/locale';
import type { Language } from '../../data/language';
import type { DateRange } from '../../data/types';
import { localDate } from '../../data/time';
import { textsFor } from '../texts';

const LOCALES: Record<Language, Locale> = { fr, en: enGB };

/** A `YYYY-MM-DD` bank-zone date as a date-fns value at noon in that zone (noon: no DST edge can move the day). */
function zoned(date: string, timeZone: string): TZDate {
  const [year, month, day] = date.split('-').map(Number);
  return new TZDate(year, month - 1, day, 12, 0, timeZone);
}

/** French writes the first of the month "1er". */
function dayNumber(date: TZDate, language: Language): string {
  return language === 'fr' && date.getDate() === 1 ? '1er' : String(date.getDate());
}

function dayAndMonth(date: TZDate, language: Language, withYear: boolean): string {
  const rest = format(date, withYear ? 'MMMM yyyy' : 'MMMM', { locale: LOCALES[language] });
  return `${dayNumber(date, language)} ${rest}`;
}

/** "décembre 2025" / "December 2025": a whole month, always with its year. */
export function formatMonthYear(date: string, language: Language, timeZone: string): string {
  return format(zoned(date, timeZone), 'MMMM yyyy', { locale: LOCALES[language] });
}

/** "jeudi 3 décembre" / "Thursday 3 December"; the year only when it is not the current one. */
export function formatDay(date: string, language: Language, timeZone: string, now: Date): string {
  const day = zoned(date, timeZone);
  const weekday = format(day, 'EEEE', { locale: LOCALES[language] });
  return `${weekday} ${dayAndMonth(day, language, !sameYear(date, now, timeZone))}`;
}

/** "lundi 1er décembre 2025" / "Monday 1 December 2025": a day always with its year (the ends of a span of weeks). */
export function formatDayWithYear(date: string, language: Language, timeZone: string): string {
  const day = zoned(date, timeZone);
  return `${format(day, 'EEEE', { locale: LOCALES[language] })} ${dayAndMonth(day, language, true)}`;
}

/** "27 nov." / "27 Nov": the short date of a line in a list; "6 déc. 2025" when it is not this year's. */
export function formatShortDay(instant: string, language: Language, timeZone: string, now: Date): string {
  const withYear = !sameYear(dayOf(instant, timeZone), now, timeZone);
  const date = new TZDate(new Date(instant).getTime(), timeZone);
  // French writes the first of a month "1er" ("dernier le 1er déc."), as `formatPeriod` does.
  const dayPattern = language === 'fr' && date.getDate() === 1 ? "d'er'" : 'd';
  return format(date, withYear ? `${dayPattern} MMM yyyy` : `${dayPattern} MMM`, { locale: LOCALES[language] });
}

/** The bank-zone date of a stored instant, for the day-level formatters. */
export function dayOf(instant: string, timeZone: string): string {
  return localDate(new Date(instant), timeZone);
}

/**
 * A period as understood, in words, so that a misunderstanding shows at once:
 * "du 1er au 31 octobre" / "from 1 to 31 October", "le 3 novembre" / "on 3 November".
 */
export function formatPeriod(period: DateRange, language: Language, timeZone: string, now: Date): string {
  const start = zoned(period.start, timeZone);
  const end = zoned(period.end, timeZone);
  const withYear = !sameYear(period.start, now, timeZone) || !sameYear(period.end, now, timeZone);
  if (period.start === period.end) {
    return `${language === 'fr' ? 'le' : 'on'} ${dayAndMonth(start, language, withYear)}`;
  }
  const sameMonth = start.getFullYear() === end.getFullYear() && start.getMonth() === end.getMonth();
  const first = sameMonth ? dayNumber(start, language) : dayAndMonth(start, language, withYear && start.getFullYear() !== end.getFullYear());
  const last = dayAndMonth(end, language, withYear);
  return language === 'fr' ? `du ${first} au ${last}` : `from ${first} to ${last}`;
}

/** Whole calendar days from today (bank zone) to `date`: 0 today, 1 tomorrow, -1 yesterday. */
export function daysFromToday(date: string, now: Date, timeZone: string): number {
  return differenceInCalendarDays(zoned(date, timeZone), zoned(localDate(now, timeZone), timeZone));
}

/** "aujourd'hui", "demain", "dans 4 jours", "hier", "il y a 7 jours" and their English equivalents. */
export function formatRelativeDay(date: string, language: Language, timeZone: string, now: Date): string {
  const days = daysFromToday(date, now, timeZone);
  const words = textsFor(language).relativeDay;
  if (days === 0) return words.today;
  if (days === 1) return words.tomorrow;
  if (days === -1) return words.yesterday;
  return days > 0 ? words.inDays(days) : words.daysAgo(-days);
}

function sameYear(date: string, now: Date, timeZone: string): boolean {
  return date.slice(0, 4) === localDate(now, timeZone).slice(0, 4);
}
