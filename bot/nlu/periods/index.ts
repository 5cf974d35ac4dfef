import type { Language, Period } from '../types';
import { Calendar } from './calendar';
import { ENGLISH_PERIOD_RULES } from './english';
import { FRENCH_PERIOD_RULES } from './french';
import type { PeriodRule } from './rule';

const RULES_BY_LANGUAGE: Readonly<Record<Language, readonly PeriodRule[]>> = {
  fr: FRENCH_PERIOD_RULES,
  en: ENGLISH_PERIOD_RULES,
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
export function findPeriods(folded: string, language: Language, now: Date, timeZone: string): Period[] {
  const calendar = new Calendar(now, timeZone);
  const other: Language = language === 'fr' ? 'en' : 'fr';
  const periods = periodsByRules(folded, RULES_BY_LANGUAGE[language], calendar);
  return periods.length > 0 ? periods : periodsByRules(folded, RULES_BY_LANGUAGE[other], calendar);
}

function periodsByRules(folded: string, rules: readonly PeriodRule[], calendar: Calendar): Period[] {
  const found: Found[] = [];
  for (const { pattern, resolve } of rules) {
    for (const match of folded.matchAll(pattern)) {
      const range = resolve(match.slice(1), calendar);
      found.push({ index: match.index ?? 0, length: match[0].length, period: range && calendar.toPeriod(range) });
    }
  }
  return withoutOverlaps(found).flatMap((item) => (item.period ? [item.period] : []));
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
