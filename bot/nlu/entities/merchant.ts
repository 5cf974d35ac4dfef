import { isNearMatch } from '../text/editDistance';
import { foldText, words } from '../text/normalize';
import { memo } from '../text/memo';

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
  const squashedMessage = messageWords.join('');
  return merchants.filter((merchant) => {
    const nameWords = nameWordsOf(merchant);
    const squashedName = nameWords.join('');
    if (squashedName.length >= 3 && messageWords.some((word) => isNearMatch(word, squashedName))) return true;
    if (nameWords.length > 1 && squashedMessage.includes(squashedName)) return true;
    return nameWords
      .filter((word) => word.length >= 4 && !GENERIC_NAME_WORDS.has(word))
      .some((nameWord) => messageWords.some((word) => isNearMatch(word, nameWord)));
  });
}
