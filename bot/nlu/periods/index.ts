import { addDays } from 'date-fns';
import type { Language, Period } from '../types';
import { Calendar } from './calendar';
import { ENGLISH_PERIOD_RULES } from './english';
import { FRENCH_PERIOD_RULES } from './french';
import { PERIOD_WORDS } from './periodWords';
import { UNDATED_PERIOD_RULES } from './undated';
import { ENGLISH_FEAST_RULES, FRENCH_FEAST_RULES } from './feasts';
import { ENGLISH_QUARTER_RULES, FRENCH_QUARTER_RULES } from './quarters';
import { ENGLISH_PART_OF_MONTH_RULES, FRENCH_PART_OF_MONTH_RULES } from './partsOfMonth';
import { FIN_DE_SEMAINE_RULES } from './finDeSemaine';
import { withoutFillers } from './fillers';
import type { PeriodRule } from './rule';
import { words } from '../text/normalize';
import { withoutWeekendsInGeneral } from './weekendsWithin';

/** Every period rule needs one of the period words (or a number): a message without any skips the rules, the costly part. */
function mayNamePeriod(folded: string): boolean {
  return words(folded).some((word) => PERIOD_WORDS.has(word) || /\d/.test(word));
}

/**
 * Feasts, quarters, parts of a month and "fin de semaine" came after the corpus: their words stay in the
 * text the classifier reads (the older rules inside them still take theirs out), so its training text is
 * what it was. Taking them out changed 7 English training lines ("…supplies last quarter", "on christmas
 * eve") and, by the classifier's sensitivity alone, moved 9 unrelated cross-validation lines each way.
 */
const keptForIntent = (rules: readonly PeriodRule[]): PeriodRule[] => rules.map((r) => ({ ...r, keptForIntent: true }));

const RULES_BY_LANGUAGE: Readonly<Record<Language, readonly PeriodRule[]>> = {
  fr: [...FRENCH_PERIOD_RULES, ...keptForIntent([...FRENCH_FEAST_RULES, ...FRENCH_QUARTER_RULES, ...FRENCH_PART_OF_MONTH_RULES, ...FIN_DE_SEMAINE_RULES]),
    ...UNDATED_PERIOD_RULES],
  en: [...ENGLISH_PERIOD_RULES, ...keptForIntent([...ENGLISH_FEAST_RULES, ...ENGLISH_QUARTER_RULES, ...ENGLISH_PART_OF_MONTH_RULES]), ...UNDATED_PERIOD_RULES],
};

interface Found {
  index: number;
  length: number;
  /** Undefined when the words name no real date: the span is still claimed, so "30 février" is not February. */
  period: Period | undefined;
}

/**
 * The periods named in a folded message, in reading order. The message's language is read first; the other
 * language's rules are tried only if it named none, for mixed messages ("depenses last month").
 */
export function findPeriods(message: string, language: Language, now: Date, timeZone: string): Period[] {
  if (!mayNamePeriod(message)) return [];
  const folded = withoutFillers(message);
  const calendar = calendarOf(now, timeZone);
  const other: Language = language === 'fr' ? 'en' : 'fr';
  const periods = periodsByRules(folded, RULES_BY_LANGUAGE[language], calendar);
  return periods.length > 0 ? periods : periodsByRules(folded, RULES_BY_LANGUAGE[other], calendar);
}

/**
 * "le mois d'avant" with nothing asked before it: the unit before the current one (last month, last week,
 * yesterday, last year). A follow-up moves the previous answer's period instead; the dialogs decide which.
 */
export function unitBeforeThis(unit: 'day' | 'week' | 'fortnight' | 'month' | 'year', now: Date, timeZone: string): Period {
  const calendar = calendarOf(now, timeZone);
  const ranges = {
    day: () => calendar.day(-1), week: () => calendar.week(1), fortnight: () => calendar.lastDays(28),
    month: () => calendar.month(1), year: () => calendar.year(1),
  };
  return calendar.toPeriod(unit === 'fortnight' ? { start: ranges.fortnight().start, end: calendar.day(-14).end } : ranges[unit]());
}

/** The last calendar built, and the instants of its day (from included, until excluded). */
let latest: { calendar: Calendar; timeZone: string; from: number; until: number } | undefined;

/**
 * The calendar of the day `now` falls on in `timeZone`, built once a day rather than once a message:
 * building one asks `Intl` for the zone's offset, the costliest step of reading a period. A calendar is
 * read-only, so every message of the day can share it.
 */
function calendarOf(now: Date, timeZone: string): Calendar {
  const at = now.getTime();
  if (latest && latest.timeZone === timeZone && at >= latest.from && at < latest.until) return latest.calendar;
  const calendar = new Calendar(now, timeZone);
  latest = { calendar, timeZone, from: calendar.today.getTime(), until: addDays(calendar.today, 1).getTime() };
  return calendar;
}

/**
 * The message with the words that name a period taken out, for the intent classifier: "bloque ma carte
 * depuis hier" is no more a question about transactions than "bloque ma carte". Unchanged when nothing else
 * would be left ("et hier ?" is a follow-up the dialogs read).
 */
export function withoutPeriodWords(message: string): string {
  const general = withoutWeekendsInGeneral(message);
  if (!mayNamePeriod(general)) return /[a-z]{2,}/.test(general) ? general : message;
  const folded = withoutFillers(general);
  const spans: Found[] = [];
  for (const { pattern, keptForIntent } of [...RULES_BY_LANGUAGE.fr, ...RULES_BY_LANGUAGE.en]) {
    if (keptForIntent) continue;
    for (const match of folded.matchAll(pattern)) spans.push({ index: match.index ?? 0, length: match[0].length, period: undefined });
  }
  const kept = withoutOverlaps(spans).reduceRight(
    (text, { index, length }) => `${text.slice(0, index)} ${text.slice(index + length)}`, folded).replace(/\s+/g, ' ').trim();
  return /[a-z]{2,}/.test(kept) ? kept : message;
}

/** Two words for the same days ("since january this year") are one period, answered once. */
function periodsByRules(folded: string, rules: readonly PeriodRule[], calendar: Calendar): Period[] {
  const periods = withoutOverlaps(matchesByRules(folded, rules, calendar)).flatMap((item) => (item.period ? [item.period] : []));
  return periods.filter((period, index) => periods.findIndex((p) => p.start === period.start && p.end === period.end) === index);
}

function matchesByRules(folded: string, rules: readonly PeriodRule[], calendar: Calendar): Found[] {
  const found: Found[] = [];
  for (const { pattern, resolve } of rules) {
    for (const match of folded.matchAll(pattern)) {
      const range = resolve(match.slice(1), calendar);
      found.push({ index: match.index ?? 0, length: match[0].length, period: range && calendar.toPeriod(range) });
    }
  }
  return found;
}

/** Where matches overlap, the longer one is the meant one ("du 3 au 10 novembre" over "novembre"). */
function withoutOverlaps(found: Found[]): Found[] {
  const longestFirst = [...found].sort((a, b) => b.length - a.length || a.index - b.index);
  const kept: Found[] = [];
  for (const candidate of longestFirst) {
    const overlaps = kept.some((k) => candidate.index < k.index + k.length && k.index < candidate.index + candidate.length);
    if (!overlaps) kept.push(candidate);
  }
  return kept.sort((a, b) => a.index - b.index);
}

export { namesUndatedPeriod } from './undated';
