import { COMMON_WORDS } from './commonWords';

/**
 * Everyday names of a category that the lexicon cannot hold as plain phrases, because the same word means
 * something else elsewhere (the outside tester 4's "category dropped, whole total given"):
 * - "food" (or "foood") is groceries, the food bought to eat at home (the French "dépenses alimentaires" too); "fast food"
 *   stays restaurants, and a meal out is named as such ("restaurants", "eating out").
 * - "the drink", "drinks" (Irish and British for going out) are going out, the bank's entertainment.
 * - "the shops" is shopping.
 * - Scots "the messages" / "my messages" are the groceries, but only with a spending word: "read my
 *   messages" asks about texts.
 */
const CUES: readonly (readonly [string, RegExp])[] = [
  ['groceries', /\b(?<!fast )fo+d\b|\balimentaires?\b/],
  ['entertainment', /\b(?:the drink|drinks|drinking)\b/],
  ['shopping', /\b(?:the|at|in) shops\b/],
];
const MESSAGES = /\b(?:the|my|ma|oan|on) messages\b/;
const SPENDING = /\b(?:spen[dt]\w*|spending|cost|costs|paid|pay|how much)\b/;

export function categoriesByCue(folded: string): string[] {
  const found = CUES.filter(([, cue]) => cue.test(folded)).map(([category]) => category);
  if (MESSAGES.test(folded) && SPENDING.test(folded)) found.push('groceries');
  return [...new Set(found)];
}

/** Vowels (and y) dropped, as in texting: "restrnts" and "restaurants" keep the same consonants. */
function skeleton(word: string): string {
  return word.replace(/[aeiouy]/g, '');
}

/** Words this short, or skeletons this short, match too many other words to be read as a category. */
const SKELETON_WORD_LENGTH = 5;
const SKELETON_LENGTH = 5;

/**
 * Category words typed without their vowels ("restrnts", "grcries"): a message word of 5+ letters, not itself
 * a lexicon or everyday word, whose consonants are those of one long category word and of no other category.
 */
export function skeletonMatcher(byCategory: ReadonlyMap<string, readonly string[]>, reserved: ReadonlySet<string>): (messageWords: readonly string[]) => string[] {
  const owners = new Map<string, Set<string>>();
  for (const [category, phrases] of byCategory) {
    for (const phrase of phrases) {
      if (phrase.includes(' ') || phrase.length < 6) continue;
      const key = skeleton(phrase);
      if (key.length < SKELETON_LENGTH) continue;
      owners.set(key, (owners.get(key) ?? new Set()).add(category));
    }
  }
  return (messageWords) => [...new Set(messageWords.flatMap((word) => {
    if (word.length < SKELETON_WORD_LENGTH || reserved.has(word) || COMMON_WORDS.has(word)) return [];
    const categories = owners.get(skeleton(word));
    return categories && categories.size === 1 ? [...categories] : [];
  }))];
}
