import { ENGLISH_MONTHS, ENGLISH_WEEKDAYS, FRENCH_MONTHS, FRENCH_WEEKDAYS } from './names';

/**
 * The words that name a period or qualify one, in both languages, with the abbreviations customers type
 * ("prev", "sem", "dern", "wk"). A message without any of them (or a number) names no period; and none of
 * them is ever a typo of a shop's name ("prev" is not "Pret").
 */
export const PERIOD_WORDS: ReadonlySet<string> = new Set([
  ...Object.keys(FRENCH_MONTHS), ...Object.keys(ENGLISH_MONTHS), ...Object.keys(FRENCH_WEEKDAYS), ...Object.keys(ENGLISH_WEEKDAYS),
  ...('hier avant aujourd hui aujourdhui ajd auj semaine semaines sem mois annee an lannee debut depuis jours jour week '
    + 'weekend we quinzaine yesterday yday yesterdy yesteday ystrday today todays 2day tday month months year years '
    + 'since weeks days day fortnight wk wks mth mths mnth wknd rentree noel toussaint vacances christmas xmas holidays holiday '
    + 'easter term summer').split(' '),
  // Quarters and feasts (`quarters.ts`, `feasts.ts`).
  ...('trimestre trimestres quarter quarters qtr paques bonfire fawkes fireworks halloween nye valentin reveillon sylvestre '
    + 'armistice assomption ascension pentecote fete').split(' '),
]);

/** Words that say which one of a unit ("dernier", "prev", "passée"): never a period alone, never a shop either. */
export const PERIOD_QUALIFIERS: ReadonlySet<string> = new Set((
  'dernier derniers derniere dernieres dern der passe passee passes passees precedent precedente precedents '
  + 'precedentes prec suivant suivante prochain prochaine veille cette last past previous prev prior preceding '
  + 'following next this ago before after fin end start beginning').split(' '));

/** True when a word names or qualifies a period, in either language. */
export function isPeriodWord(word: string): boolean {
  return PERIOD_WORDS.has(word) || PERIOD_QUALIFIERS.has(word);
}
