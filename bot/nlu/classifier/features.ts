import { words } from '../text/normalize';
import type { Stem } from './stemmer';

/** Character n-gram lengths: short enough to survive a typo, long enough to name a word's root. */
const CHAR_GRAMS = [3, 4] as const;

/**
 * How much each kind of feature counts when present, chosen with `npm run eval:nlu`. A word has a few dozen
 * character n-grams for one stem: at equal value they outvote the words, and a long sentence of unfamiliar
 * words drifts towards `None`, whose thousands of varied lines own most n-grams. Stem pairs carry the most
 * meaning per feature ("card arrive" is not "order arrive"). The edges (first and last stem, a lone stem) count as
 * much as a feature of no kind.
 */
const VALUE_BY_KIND: Readonly<Record<string, number>> = { w: 1.3, b: 1.5, c: 0.7, e: 1 };

/** The value of a feature (named as `featuresOf` names them) when a message has it. */
export function featureValue(feature: string): number {
  return VALUE_BY_KIND[feature.slice(0, feature.indexOf(':'))] ?? 1;
}

/**
 * What the classifier sees of a folded message: the stem of every word, each pair of neighbouring stems
 * (word order carries meaning: "card arrive" is not "order arrive"), and the character 3- and 4-grams of
 * every word, so that a typo ("balence") or an unseen form ("depences") still shares most of its features
 * with the word it was meant to be. The first and last stems are marked too, and a message of one stem as
 * such: how a short message opens and ends says much of it ("merci" alone thanks, "merci de me montrer…"
 * asks); cross-validation gained 0.5 point (fr) and 0.4 (en) with them.
 */
export function featuresOf(folded: string, stem: Stem): string[] {
  const messageWords = words(folded);
  const stems = messageWords.map(stem);
  const features = new Set<string>();
  stems.forEach((s, index) => {
    features.add(`w:${s}`);
    if (index > 0) features.add(`b:${stems[index - 1]}_${s}`);
  });
  if (stems.length > 0) {
    features.add(`e:<_${stems[0]}`);
    features.add(`e:${stems[stems.length - 1]}_>`);
    if (stems.length === 1) features.add(`e:only_${stems[0]}`);
  }
  for (const word of messageWords) {
    if (/\d/.test(word)) continue;
    const padded = `<${word}>`;
    for (const n of CHAR_GRAMS) {
      for (let i = 0; i + n <= padded.length; i += 1) features.add(`c:${padded.slice(i, i + n)}`);
    }
  }
  return [...features];
}
