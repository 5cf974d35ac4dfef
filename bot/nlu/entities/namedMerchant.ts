import { ENGLISH_MONTHS, ENGLISH_WEEKDAYS, FRENCH_MONTHS, FRENCH_WEEKDAYS } from '../periods/names';

/**
 * A shop named after "chez" / "at" that is none of the customer's merchants: "combien chez Carrefour ?"
 * from a customer who never paid there must be answered "nothing at Carrefour", never with a total of
 * everything, so the name is kept although no transaction carries it. Up to three words, stopping at
 * the first word that starts the rest of the sentence (a period, an amount, a conjunction).
 */
const AFTER = /(?:^|\s)(?:chez|at)\s+([a-z0-9&' -]+)/;
const MAX_WORDS = 3;

const NOT_A_NAME = new Set([
  // Feasts named as a time ("at Easter"), no shop.
  'xmas', 'easter', 'halloween', 'bonfire',
  // French: pronouns, articles and what follows a name in a question.
  'moi', 'toi', 'lui', 'elle', 'nous', 'vous', 'eux', 'soi', 'le', 'la', 'les', 'l', 'un', 'une', 'mon', 'ma', 'mes',
  'du', 'de', 'des', 'd', 'en', 'ce', 'cet', 'cette', 'ces', 'depuis', 'pour', 'sur', 'dans', 'avec', 'et', 'ou',
  'hier', 'aujourd', 'aujourdhui', 'demain', 'mois', 'semaine', 'annee', 'an', 'au', 'aux', 'a', 'plus', 'moins',
  'entre', 'par', 'jour', 'jours', 'dernier', 'derniere', 'derniers', 'dernieres',
  // Question words, which follow the name in a correction ("pas carrefour, auchan combien").
  'combien', 'quel', 'quelle', 'quels', 'quelles', 'total', 'je', 'j', 'svp', 'stp',
  // English.
  'the', 'a', 'an', 'my', 'all', 'least', 'most', 'home', 'work', 'night', 'once', 'it', 'this', 'that', 'these',
  'those', 'some', 'any', 'last', 'first', 'in', 'on', 'since', 'for', 'during', 'over', 'under', 'and', 'or',
  'with', 'between', 'from', 'yesterday', 'today', 'more', 'less', 'than', 'month', 'week', 'year', 'noon',
  'midnight', 'lunch', 'lunchtime', 'christmas', 'weekend', 'weekends', 'time', 'times', 'what', 'which', 'same',
  'how', 'much', 'please', 'i',
  ...Object.keys(FRENCH_MONTHS), ...Object.keys(ENGLISH_MONTHS), ...Object.keys(FRENCH_WEEKDAYS), ...Object.keys(ENGLISH_WEEKDAYS),
]);

/**
 * "pas carrefour, auchan : combien", "not tesco, aldi - how much": a correction that opens the message names
 * the shop meant after the one left out, with no "chez" or "at" before it.
 */
const CORRECTED = new RegExp(String.raw`^(?:(?:non|no)\s*,?\s+)?(?:pas|not)\s+(?:chez\s+|at\s+)?[^,;:\u2013\u2014]+?\s*(?:[,;:\u2013\u2014]|\s-\s)\s*`
  + String.raw`(?:(?:mais|but|plutot|rather|instead)\s+)?(?:chez\s+|at\s+)?([a-z0-9&' -]+)`);

export function findNamedMerchant(folded: string): string[] {
  return nameAt(AFTER.exec(folded));
}

/** The shop a correction names in place of the one it leaves out (`CORRECTED`), read only when that one is a shop. */
export function findCorrectedMerchant(folded: string): string[] {
  return nameAt(CORRECTED.exec(folded));
}

function nameAt(match: RegExpExecArray | null): string[] {
  if (!match) return [];
  const nameWords: string[] = [];
  for (const word of match[1].split(/[\s']+/)) {
    if (!word || NOT_A_NAME.has(word) || /^\d/.test(word) || !/[a-z0-9]/.test(word) || nameWords.length === MAX_WORDS) break;
    nameWords.push(word);
  }
  if (nameWords.length === 0) return [];
  return [nameWords.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(' ')];
}
