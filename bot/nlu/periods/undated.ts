import { rule, type PeriodRule } from './rule';

/**
 * Holidays whose dates we cannot know: the French winter and spring school holidays differ by zone, the
 * summer ones and the English school holidays by school and year, and "my holidays" are the customer's own.
 * They are read as periods (their words name no category: "vacances" is no travel) that resolve to no
 * dates, so that the answer asks for the dates instead of taking another period.
 */
export const UNDATED_PERIOD_RULES: readonly PeriodRule[] = [
  rule("(?:pendant |durant )?(?:les |mes |nos )?(?:vacances (?:de fevrier|d'hiver|d hiver|de printemps|de paques|d'ete|d ete|scolaires|d'avril|de la zone [abc])|grandes vacances)", () => undefined),
  rule('(?:pendant |durant )(?:les |mes |nos )vacances', () => undefined),
  rule('(?:over |during |in |at )?(?:the |my |our )?(?:half[- ]?term|easter(?: holidays?| break)?|summer (?:holidays?|break)|school holidays?)', () => undefined),
  rule('(?:over |during |on |in )(?:the |my |our )(?:holidays|vacation)|(?:while |when )(?:i was |we were )?on holiday', () => undefined),
];

/** True when the folded message names holidays we cannot date (see `UNDATED_PERIOD_RULES`). */
export function namesUndatedPeriod(folded: string): boolean {
  return UNDATED_PERIOD_RULES.some(({ pattern }) => {
    pattern.lastIndex = 0;
    return pattern.test(folded);
  });
}
