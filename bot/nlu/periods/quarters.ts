import { endOfQuarter, startOfQuarter, subQuarters } from 'date-fns';
import { TZDate } from '@date-fns/tz';
import type { Calendar, DayRange } from './calendar';
import { rule, yearOf, type PeriodRule } from './rule';

/** Calendar quarters: January–March is the first. A quarter still running ends today (`toPeriod`). */
function quarterBack(c: Calendar, quartersAgo: number): DayRange {
  const day = subQuarters(c.today, quartersAgo);
  return { start: startOfQuarter(day), end: endOfQuarter(day) };
}

/** A named quarter (1-4); without a year, the latest one that has begun, as for a named month. */
function namedQuarter(c: Calendar, quarter: number | undefined, year?: number): DayRange | undefined {
  if (quarter === undefined || quarter < 1 || quarter > 4) return undefined;
  const current = Math.floor(c.today.getMonth() / 3) + 1;
  const inferredYear = year ?? (quarter <= current ? c.today.getFullYear() : c.today.getFullYear() - 1);
  const first = new TZDate(inferredYear, (quarter - 1) * 3, 1, c.zone);
  return { start: first, end: endOfQuarter(first) };
}

const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4,
  premier: 1, '1er': 1, deuxieme: 2, '2e': 2, '2eme': 2, troisieme: 3, '3e': 3, '3eme': 3,
  quatrieme: 4, '4e': 4, '4eme': 4,
};
const ordinalAlternation = (names: string[]): string => `(${names.join('|')})`;
const EN_ORDINAL = ordinalAlternation(['first', '1st', 'second', '2nd', 'third', '3rd', 'fourth', '4th']);
const FR_ORDINAL = ordinalAlternation(['premier', '1er', 'deuxieme', '2eme', '2e', '2nd', 'second', 'troisieme', '3eme', '3e', 'quatrieme', '4eme', '4e']);
const QUARTER = '(?:quarter|qtr)';
/** "of 2025", "of the year", "of last year": which year a quarter is in. */
const EN_OF_YEAR = '(?:\\s+(?:of\\s+)?(20\\d{2})|\\s+of\\s+(?:the|this)\\s+year|\\s+(?:of\\s+)?(last)\\s+year)';
const FR_OF_YEAR = "(?: (?:de |d'|d )?(20\\d{2})| de (?:l'|l )?annee (derniere|passee)| de (?:l'|l |cette )annee)";
const FR_LAST = '(?:dernier|passe|precedent|ecoule)';

const yearOfQuarter = (c: Calendar, year: string | undefined, lastYear: string | undefined): number | undefined =>
  (lastYear ? c.today.getFullYear() - 1 : yearOf(year));

/** English quarters: "last quarter" is the one before this one; "the last quarter of 2025" its fourth. */
export const ENGLISH_QUARTER_RULES: readonly PeriodRule[] = [
  rule(`(?:the\\s+)?${EN_ORDINAL}\\s+${QUARTER}${EN_OF_YEAR}?`,
    ([ordinal, y, lastYear], c) => namedQuarter(c, ORDINALS[ordinal ?? ''], yearOfQuarter(c, y, lastYear))),
  rule(`(?:the\\s+)?(?:last|final)\\s+${QUARTER}${EN_OF_YEAR}`, ([y, lastYear], c) => namedQuarter(c, 4, yearOfQuarter(c, y, lastYear))),
  rule(`q([1-4])(?:\\s+(?:of\\s+)?(20\\d{2}))?|(20\\d{2})\\s+q([1-4])`,
    ([q1, y1, y2, q2], c) => namedQuarter(c, Number(q1 ?? q2), yearOf(y1 ?? y2))),
  rule(`(?:the\\s+)?(?:last|past|previous|prev|prior)\\s+${QUARTER}`, (_, c) => quarterBack(c, 1)),
  rule(`(?:the\\s+)?${QUARTER}\\s+before\\s+last`, (_, c) => quarterBack(c, 2)),
  rule(`(?:this|the\\s+current|current)\\s+${QUARTER}|${QUARTER}\\s+to\\s+date|since\\s+(?:the\\s+)?(?:start|beginning)\\s+of\\s+(?:the|this)\\s+${QUARTER}`,
    (_, c) => quarterBack(c, 0)),
];

/** French quarters: "le trimestre dernier" is the one before this one; "le dernier trimestre 2025" its fourth. */
export const FRENCH_QUARTER_RULES: readonly PeriodRule[] = [
  rule(`(?:(?:le|du|au|en|sur le|pendant le) )?${FR_ORDINAL} trimestre${FR_OF_YEAR}?`,
    ([ordinal, y, lastYear], c) => namedQuarter(c, ORDINALS[ordinal ?? ''], yearOfQuarter(c, y, lastYear))),
  rule(`(?:(?:le|du|au|en|sur le) )?dernier trimestre${FR_OF_YEAR}`, ([y, lastYear], c) => namedQuarter(c, 4, yearOfQuarter(c, y, lastYear))),
  rule(`(?:(?:au|du|le|en|sur le) )t([1-4])(?: (20\\d{2}))?|t([1-4]) (20\\d{2})`,
    ([q1, y1, q2, y2], c) => namedQuarter(c, Number(q1 ?? q2), yearOf(y1 ?? y2))),
  rule(`(?:(?:le|du|au|sur le|pendant le) )?trimestre ${FR_LAST}|(?:(?:le|du|au|sur le) )?(?:dernier|precedent) trimestre`,
    (_, c) => quarterBack(c, 1)),
  rule("(?:(?:l'|l |le |du |au ))?avant[- ]dernier trimestre|(?:le |du )?trimestre (?:d')?avant[- ]dernier", (_, c) => quarterBack(c, 2)),
  rule('(?:ce|du|de ce|sur ce) trimestre(?:[- ]ci| en cours)?|(?:le|du) trimestre en cours|(?:depuis )?(?:le )?debut (?:du|de ce) trimestre',
    (_, c) => quarterBack(c, 0)),
];
