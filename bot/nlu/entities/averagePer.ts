import type { RecognizedEntities } from '../types';

type AveragePer = NonNullable<RecognizedEntities['averagePer']>[number];

/**
 * The unit a mean is asked per, folded: "par semaine", "a week", "weekly", "hebdomadaire". "a week ago" and
 * "il y a une semaine" are a day, not a unit; "de la semaine" is this week, a period.
 */
const UNITS: readonly [AveragePer, RegExp][] = [
  ['week', /\b(?:par semaine|chaque semaine|a la semaine|hebdo\w*|per week|a week(?! ago)|each week|every week|weekly|per wk|a wk(?! ago)|\/\s?(?:week|wk|sem|semaine))\b/],
  ['day', /\b(?:par jour|chaque jour|quotidien\w*|journali\w*|per day|a day(?! ago)|each day|every day|daily|\/\s?(?:day|jour|j))\b/],
  ['year', /\b(?:par an|par annee|chaque annee|annuel\w*|per year|a year(?! ago)|each year|every year|yearly|annual\w*|per annum)\b/],
  ['month', /\b(?:par mois|chaque mois|mensuel\w*|per month|a month(?! ago)|each month|every month|monthly|per mth|a mth|\/\s?(?:month|mois))\b/],
];

/**
 * What a mean is per, when the message says it ("combien je dépense en moyenne par semaine", "my average
 * weekly spend"); none when it is not said, and the dialogs then take the month. Only a message with a
 * mean in it is read (`transactionView` `average`), so "combien par mois" alone asks nothing of this.
 */
export function findAveragePer(folded: string, hasMean: boolean): AveragePer[] {
  if (!hasMean) return [];
  const found = UNITS.find(([, pattern]) => pattern.test(folded));
  return found ? [found[0]] : [];
}
