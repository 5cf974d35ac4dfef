import { isNearMatch } from '../text/editDistance';
import { foldText, words } from '../text/normalize';
import { memo } from '../text/memo';
import { COMMON_WORDS } from './commonWords';

/** Finds a phrase in a folded message and returns the words as typed, or undefined. */
export type PhraseMatcher = (folded: string, messageWords: readonly string[]) => string | undefined;

/** Message words whose typo check a lexicon word remembers (about 100 kB each at most). */
const NEAR_WORDS_KEPT = 1000;
/** Words shorter than this must be typed exactly to count. */
const TYPO_TOLERANT_LENGTH = 6;

/**
 * A matcher for a folded phrase. Multi-word phrases and short words must appear as typed (whole words);
 * a single long word may carry a typo ("restaurent"), short ones may not ("cash" must not match "each").
 * A word of `reserved` (another entry's own word of the same lexicon) is never read as a typo: "virements"
 * names transfers, not "vetements". Compiled once, because lexicons are matched against every message.
 */
export function phraseMatcher(phrase: string, reserved: ReadonlySet<string> = new Set()): PhraseMatcher {
  const phraseWords = words(phrase);
  if (phraseWords.length === 0) return () => undefined;
  if (phraseWords.length === 1 && phrase.length >= TYPO_TOLERANT_LENGTH) {
    const [wanted] = phraseWords;
    // Decided once per word: the same words come back message after message, and the typo check is the
    // costliest step of recognition after the classifier (a lexicon of a hundred words, each message word).
    const near = memo((word) => word === wanted || (!reserved.has(word) && !COMMON_WORDS.has(word) && isNearMatch(word, wanted)), NEAR_WORDS_KEPT);
    return (_, messageWords) => messageWords.find(near);
  }
  const pattern = new RegExp(`(?:^|[^a-z0-9])(${phraseWords.join('[^a-z0-9]+')})(?=$|[^a-z0-9])`);
  return (folded) => pattern.exec(folded)?.[1];
}

/** The matcher of a name from the customer's data (an account, a category), folded and compiled once per name. */
export const nameMatcher: (name: string) => PhraseMatcher = memo((name) => phraseMatcher(foldText(name)));
