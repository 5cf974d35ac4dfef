import type { Calendar, DayRange } from './calendar';

/**
 * One way of saying a period: a pattern over folded text and how its captures become a range.
 * `resolve` returns undefined when the words match but name no real date (31 February).
 */
export interface PeriodRule {
  pattern: RegExp;
  resolve(captures: (string | undefined)[], calendar: Calendar): DayRange | undefined;
}

/** Builds a rule whose pattern matches whole words only, anywhere in the text. */
export function rule(source: string, resolve: PeriodRule['resolve']): PeriodRule {
  return { pattern: new RegExp(`\\b(?:${source})\\b`, 'g'), resolve };
}

/** A year as typed: "2025" or "25". */
export function yearOf(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const year = Number(text);
  return text.length === 2 ? 2000 + year : year;
}

/** Counts people write in words ("les deux dernières semaines", "the last two weeks"). */
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, douze: 12,
  quinze: 15, vingt: 20, trente: 30, one: 1, two: 2, three: 3, four: 4, five: 5, seven: 7, eight: 8, nine: 9,
  ten: 10, twelve: 12, fourteen: 14, fifteen: 15, twenty: 20, thirty: 30,
};

/** A count as digits or one of the number words, for patterns. */
export const COUNT = `(\\d+|${Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join('|')})`;

/** Counts below one make no period ("the last 0 days"). */
export function positiveCount(text: string | undefined): number | undefined {
  const count = NUMBER_WORDS[text ?? ''] ?? Number(text);
  return Number.isInteger(count) && count > 0 ? count : undefined;
}

/**
 * A day range "from d1 [month1] to d2 month2 [year]". The start is the latest such date not in the future;
 * the end follows it (in the next year when the months wrap, as in 20 December to 5 January).
 */
export function dayToDayRange(
  calendar: Calendar, startDay: number, startMonth: number, endDay: number, endMonth: number, year?: number,
): DayRange | undefined {
  const start = calendar.date(startMonth, startDay, year);
  if (start === undefined) return undefined;
  const endYear = start.getFullYear() + (endMonth < startMonth ? 1 : 0);
  const end = calendar.date(endMonth, endDay, endYear);
  if (end === undefined || end < start) return undefined;
  return { start, end };
}

/** A single day, or undefined when it does not exist. */
export function singleDay(calendar: Calendar, monthIndex: number, dayOfMonth: number, year?: number): DayRange | undefined {
  const date = calendar.date(monthIndex, dayOfMonth, year);
  return date && { start: date, end: date };
}

export type TimeUnit = 'day' | 'week' | 'month';

/** "The last N days/weeks/months": a rolling window ending today. */
export function lastUnits(calendar: Calendar, count: number | undefined, unit: TimeUnit | undefined): DayRange | undefined {
  if (count === undefined || unit === undefined) return undefined;
  if (unit === 'day') return calendar.lastDays(count);
  if (unit === 'week') return calendar.lastDays(7 * count);
  return calendar.lastMonths(count);
}

/** The last day of a range: "fin octobre", "the end of last month" (a balance at that day's close). */
/** "il y a une semaine", "3 days ago": the one day that many days or weeks before today. */
export function daysAgo(calendar: Calendar, count: number | undefined, unit: TimeUnit | undefined): DayRange | undefined {
  if (count === undefined || (unit !== 'day' && unit !== 'week')) return undefined;
  return calendar.day(-(unit === 'week' ? 7 * count : count));
}

export function lastDayOf(range: DayRange | undefined): DayRange | undefined {
  return range && { start: range.end, end: range.end };
}

/** From a date up to today: "depuis le 1er janvier", "since the start of the school year" (the latest 1 September). */
export function sinceDate(c: Calendar, monthIndex: number, dayOfMonth: number, year?: number): DayRange | undefined {
  const start = c.date(monthIndex, dayOfMonth, year);
  return start && c.since(start);
}
