import { words } from '../text/normalize';
import type { Stem } from './stemmer';

/** Character n-gram lengths: short enough to survive a typo, long enough to name a word's root. */
const CHAR_GRAMS = [3, 4] as const;

/**
 * What the classifier sees of a folded message: the stem of every word, each pair of neighbouring stems
 * (word order carries meaning: "card arrive" is not "order arrive"), and the character 3- and 4-grams of
 * every word, so that a typo ("balence") or an unseen form ("depences") still shares most of its features
 * with the word it was meant to be.
 */
export function featuresOf(folded: string, stem: Stem): string[] {
  const messageWords = words(folded);
  const stems = messageWords.map(stem);
  const features = new Set<string>();
  stems.forEach((s, index) => {
    features.add(`w:${s}`);
    if (index > 0) features.add(`b:${stems[index - 1]}_${s}`);
  });
  for (const word of messageWords) {
    if (/\d/.test(word)) continue;
    const padded = `<${word}>`;
    for (const n of CHAR_GRAMS) {
      for (let i = 0; i + n <= padded.length; i += 1) features.add(`c:${padded.slice(i, i + n)}`);
    }
  }
  return [...features];
}
