import categorySynonyms from '../lexicon/categories.json';
import accountTypeSynonyms from '../lexicon/accountTypes.json';
import { words } from '../text/normalize';
import { nameMatcher, phraseMatcher, type PhraseMatcher } from './phrases';
import { categoriesByCue, skeletonMatcher } from './categoryCues';

const SYNONYMS: Readonly<Record<string, readonly string[]>> = categorySynonyms;
/**
 * Every category's own single words: typed exactly, they name that category and no other one by a typo;
 * and the words of account types, so that "compte" is an account, never "commute" (transport) mistyped.
 */
const LEXICON_WORDS: ReadonlySet<string> = new Set([
  ...Object.entries(SYNONYMS).flatMap(([category, phrases]) => [category, ...phrases]).filter((phrase) => !phrase.includes(' ')),
  ...Object.values(accountTypeSynonyms).flat().flatMap((phrase) => words(phrase)),
]);
const KNOWN_CATEGORY_MATCHERS: ReadonlyMap<string, readonly PhraseMatcher[]> = new Map(
  Object.entries(SYNONYMS).map(([category, phrases]) => [category, [category, ...phrases].map((p) => phraseMatcher(p, LEXICON_WORDS))]),
);

const BY_SKELETON = skeletonMatcher(new Map(Object.entries(SYNONYMS).map(([category, phrases]) => [category, [category, ...phrases]])), LEXICON_WORDS);

/**
 * Spending categories named in a message, as the bank's category ids: every known category, and the
 * customer's own (one unknown to the lexicon is matched by its own name). A known category the customer
 * has no transaction in is still named, so that the answer says "none" rather than drop the filter.
 */
export function findCategories(folded: string, messageWords: readonly string[], categories?: readonly string[]): string[] {
  const candidates = [...new Set([...(categories ?? []), ...KNOWN_CATEGORY_MATCHERS.keys()])];
  const named = candidates.filter((category) => {
    const matchers = KNOWN_CATEGORY_MATCHERS.get(category) ?? [nameMatcher(category)];
    return matchers.some((matches) => matches(folded, messageWords) !== undefined);
  });
  if (named.length > 0) return named;
  // Only when no category was named as such: a cue or a vowelless spelling never adds a second category.
  const guessed = [...categoriesByCue(folded), ...BY_SKELETON(messageWords)];
  return [...new Set(guessed)];
}

/**
 * Kinds of spending narrower than any category the bank records ("carburant" is part of transport, not all
 * of it) and named by no merchant of the data we can trust: the answer says so before giving the category.
 */
const FUEL = /\b(carburant|essence|gasoil|gazole|diesel|fuel|petrol|gas station|station service)\b/;
const RAIL = /\b(trains?|rail|railway|tube|underground|metro|rer|tgv|ter)\b/;

/** "gas" alone is petrol, unless it named the customer's gas supplier (`findBillers`). */
const BARE_GAS = /\bgas\b(?!\s*(?:bills?|suppl\w*|compan\w*)\b)/;

export function findNarrowerKind(folded: string, merchantNamed = false): ('fuel' | 'rail')[] {
  if (FUEL.test(folded) || (!merchantNamed && BARE_GAS.test(folded))) return ['fuel'];
  return RAIL.test(folded) ? ['rail'] : [];
}
