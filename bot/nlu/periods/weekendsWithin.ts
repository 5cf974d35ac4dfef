import type { Period } from '../types';

/**
 * Weekend words, singular or plural, with what may come before them, in both languages (folded). What
 * follows is left alone: in "weekends last month", "last" is the month's.
 */
const WEEKEND_WORDS = new RegExp(String.raw`\b(?:(?:pendant|durant|sur|on|at|over|during|for)\s+)?(?:(?:les|le|des|du|ce|cette|aux|en|the|this)\s+)?`
  + String.raw`(?:(?<!easter )week[- ]?ends?|week ends?|wknds?|fins de semaine|(?:samedis?|saturdays?)\s+(?:et|and)\s+(?:les\s+|le\s+)?(?:dimanches?|sundays?))\b`, 'g');
/** The plural, or "en week-end": weekends in general, not one of them. */
export const PLURAL_WEEKENDS = /\b(?:week[- ]?ends|week ends|wknds|fins de semaine|samedis|dimanches|saturdays|sundays|en week[- ]?end)\b/;

export interface WeekendsWithin {
  /** The periods the message names, a weekend left out when it qualifies a longer one. */
  period: Period[];
  /** `weekend` when only the Saturdays and Sundays of the period count. */
  dayKind: 'weekend'[];
}

/**
 * "les week-ends du mois dernier", "on weekends last month", "weekends in October": the Saturdays and
 * Sundays inside another period, which stays the period; "les week-ends" alone are those of the period a
 * question takes when it names none. One weekend ("ce week-end", "le week-end dernier") is a period of its
 * own, already its Saturday and Sunday. `periodsOf` reads the periods of a text (the message with its
 * weekend words taken out, to find the longer period they qualify). "The Easter weekend" is a period of its
 * own (`feasts.ts`), all four days; "les fins de semaine" are Québec's weekends.
 */
export function weekendsWithin(folded: string, periods: Period[], periodsOf: (text: string) => Period[]): WeekendsWithin {
  WEEKEND_WORDS.lastIndex = 0;
  if (!WEEKEND_WORDS.test(folded)) return { period: periods, dayKind: [] };
  const others = periodsOf(folded.replace(WEEKEND_WORDS, ' ').replace(/\s+/g, ' ').trim());
  if (others.length > 0) return { period: others, dayKind: ['weekend'] };
  return PLURAL_WEEKENDS.test(folded) ? { period: [], dayKind: ['weekend'] } : { period: periods, dayKind: [] };
}

/**
 * The message without its weekends in general, for the intent classifier: "les week-ends du mois dernier"
 * asks nothing of a goodbye ("bon week-end", singular, is one and is kept).
 */
export function withoutWeekendsInGeneral(folded: string): string {
  if (!PLURAL_WEEKENDS.test(folded)) return folded;
  return folded.replace(WEEKEND_WORDS, ' ').replace(/\s+/g, ' ').trim();
}
