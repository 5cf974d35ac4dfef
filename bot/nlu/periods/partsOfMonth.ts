import { addDays, startOfDay } from 'date-fns';
import type { Calendar, DayRange } from './calendar';
import { ENGLISH_MONTHS, FRENCH_MONTHS, alternation } from './names';
import { COUNT, positiveCount, rule, yearOf, type PeriodRule } from './rule';

/**
 * A part of a month is one period ("the last week of November" is not also November): the weeks are the
 * month's days 1–7, 8–14, 15–21, 22–28 and its last seven days, so a week never spills into the next month
 * and does not depend on the weekday the month starts on; the halves ("la première quinzaine", "the first
 * half") are 1–15 and 16 to the end, an English fortnight fourteen days. The reply states the dates taken.
 */
type Part = { unit: 'week' | 'half' | 'days'; position: number | 'last'; count?: number };

function partOf(month: DayRange | undefined, { unit, position, count }: Part): DayRange | undefined {
  if (!month) return undefined;
  const first = month.start;
  const last = startOfDay(month.end);
  const length = unit === 'week' ? 7 : count ?? 0;
  if (unit === 'half') {
    if (position === 1) return { start: first, end: addDays(first, 14) };
    return position === 2 || position === 'last' ? { start: addDays(first, 15), end: last } : undefined;
  }
  if (length < 1 || length > last.getDate()) return undefined;
  if (position === 'last') return { start: addDays(last, 1 - length), end: last };
  const start = addDays(first, length * (position - 1));
  const end = addDays(start, length - 1);
  return position >= 1 && end <= last ? { start, end } : undefined;
}

const POSITIONS: Readonly<Record<string, number | 'last'>> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, last: 'last', final: 'last',
  premiere: 1, '1ere': 1, '1re': 1, deuxieme: 2, '2e': 2, '2eme': 2, seconde: 2, troisieme: 3, '3e': 3, '3eme': 3,
  quatrieme: 4, '4e': 4, '4eme': 4, derniere: 'last',
  premiers: 1, derniers: 'last',
};
const positionOf = (word: string | undefined): number | 'last' => POSITIONS[word ?? ''] ?? 0;

const EN_MONTH = `(${alternation(Object.keys(ENGLISH_MONTHS))})\\.?`;
const FR_MONTH = `(${alternation(Object.keys(FRENCH_MONTHS))})\\.?`;
/** Which month: a named one (and year), this month, last month. */
const EN_OF_MONTH = `(?:of|in)\\s+(?:${EN_MONTH}(?:,?\\s+(\\d{4}))?|(?:the|this)\\s+(month)|(?:last|past|previous|prev)\\s+(month))`;
const FR_OF_MONTH = `(?:(?:de |d'|d |du mois de |du mois d'|en )${FR_MONTH}(?: (\\d{4}))?|(?:du|de ce) (mois)(?: en cours|-ci)?(?! (?:dernier|passe|precedent))|du (mois) (?:dernier|passe|precedent))`;

/** The month of the captures: [name, year, this month, last month]. */
function monthOf(c: Calendar, [name, year, thisMonth, lastMonth]: (string | undefined)[], months: Readonly<Record<string, number>>): DayRange | undefined {
  if (name !== undefined) return c.namedMonth(months[name], yearOf(year));
  if (thisMonth !== undefined) return c.month(0);
  return lastMonth !== undefined ? c.month(1) : undefined;
}

/** A week is seven days, a fortnight fourteen, a half 1–15 or 16 to the end. */
function unitOf(unit: string | undefined, position: number | 'last'): Part {
  if (unit === 'fortnight') return { unit: 'days', position, count: 14 };
  return { unit: unit === 'half' ? 'half' : 'week', position };
}

const EN_WEEK_POSITION = '(first|1st|second|2nd|third|3rd|fourth|4th|last|final)';
const FR_WEEK_POSITION = '(premiere|1ere|1re|deuxieme|2eme|2e|seconde|troisieme|3eme|3e|quatrieme|4eme|4e|derniere)';

export const ENGLISH_PART_OF_MONTH_RULES: readonly PeriodRule[] = [
  rule(`(?:the\\s+)?${EN_WEEK_POSITION}\\s+(week|wk|fortnight|half)\\s+${EN_OF_MONTH}`, ([position, unit, ...month], c) =>
    partOf(monthOf(c, month, ENGLISH_MONTHS), unitOf(unit, positionOf(position)))),
  rule(`(?:the\\s+)?(first|last)\\s+${COUNT}\\s+days\\s+${EN_OF_MONTH}`, ([position, count, ...month], c) =>
    partOf(monthOf(c, month, ENGLISH_MONTHS), { unit: 'days', position: positionOf(position), count: positiveCount(count) })),
];

export const FRENCH_PART_OF_MONTH_RULES: readonly PeriodRule[] = [
  rule(`(?:(?:la|pendant la|durant la|sur la|de la) )?${FR_WEEK_POSITION} (semaine|quinzaine|moitie) ${FR_OF_MONTH}`, ([position, unit, ...month], c) =>
    partOf(monthOf(c, month, FRENCH_MONTHS), { unit: unit === 'semaine' ? 'week' : 'half', position: positionOf(position) })),
  rule(`(?:(?:les|pendant les|durant les|sur les) )?${COUNT} (premiers|derniers) jours ${FR_OF_MONTH}`, ([count, position, ...month], c) =>
    partOf(monthOf(c, month, FRENCH_MONTHS), { unit: 'days', position: positionOf(position), count: positiveCount(count) })),
];
