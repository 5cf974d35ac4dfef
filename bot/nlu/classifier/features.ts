import type { Features } from '@nlpjs/nlu';
import { words } from '../text/normalize';
import type { Stem } from './stemmer';

/**
 * What the neural network sees of a folded message: the stem of every word, and each pair of neighbouring
 * stems, because word order carries meaning that single words miss ("card arrive" is not "order arrive").
 */
export function featuresOf(stems: readonly string[]): Features {
  const features: Features = {};
  stems.forEach((stem, index) => {
    features[stem] = 1;
    if (index > 0) features[`${stems[index - 1]}_${stem}`] = 1;
  });
  return features;
}

/** Stems of the words of a folded message, each word first mapped by `correct` (typo repair). */
export function stemsOf(folded: string, stem: Stem, correct: (word: string) => string = (w) => w): string[] {
  return words(folded).map((word) => stem(correct(word)));
}
