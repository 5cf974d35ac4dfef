import { isNearMatch } from '../text/editDistance';
import { foldText, words } from '../text/normalize';
import { memo } from '../text/memo';
import { isPeriodWord } from '../periods/periodWords';

/** A merchant's name as words, folded once per name rather than once per message. */
const nameWordsOf = memo((merchant) => words(foldText(merchant)));

/** Words of a merchant's name that say what it is, not who: "Librairie Mollat" is found by "mollat". */
const GENERIC_NAME_WORDS = new Set([
  'librairie', 'restaurant', 'resto', 'cafe', 'bar', 'boulangerie', 'pharmacie', 'super', 'hyper', 'market',
  'marche', 'store', 'shop', 'boutique', 'magasin', 'the', 'les', 'des', 'and', 'city', 'express', 'online',
]);

/**
 * The customer's own merchants named in a message, allowing a typo or two ("carrefur" → "Carrefour").
 * A merchant matches by its whole name or by any of its distinctive words.
 */
export function findMerchants(folded: string, messageWords: readonly string[], merchants: readonly string[]): string[] {
  const found = merchants.flatMap((merchant) => {
    const at = wordIndexOf(merchant, messageWords);
    return at === undefined ? [] : [{ merchant, at }];
  });
  // In the order named: "chez Monoprix et Carrefour" is answered Monoprix first.
  return found.sort((a, b) => a.at - b.at).map(({ merchant }) => merchant);
}

/** Where in the message a merchant is named (the index of its first word there), or undefined when it is not. */
function wordIndexOf(merchant: string, messageWords: readonly string[]): number | undefined {
  const nameWords = nameWordsOf(merchant);
  const squashedName = nameWords.join('');
  // A period word is no shop ("prev month" is no typo of "Pret", "la semaine" no word of "Semaine Bio") unless it spells the whole name.
  const near = (target: string) => {
    const index = messageWords.findIndex((word) => (word === squashedName || !isPeriodWord(word)) && isNearMatch(word, target));
    return index < 0 ? undefined : index;
  };
  const whole = squashedName.length >= 3 ? near(squashedName) : undefined;
  if (whole !== undefined) return whole;
  if (nameWords.length > 1 && messageWords.join('').includes(squashedName)) {
    const start = messageWords.findIndex((_, i) => messageWords.slice(i).join('').startsWith(squashedName));
    return Math.max(start, 0);
  }
  const distinctive = nameWords.filter((word) => word.length >= 4 && !GENERIC_NAME_WORDS.has(word)).map(near);
  const indexes = distinctive.filter((index): index is number => index !== undefined);
  return indexes.length > 0 ? Math.min(...indexes) : undefined;
}
