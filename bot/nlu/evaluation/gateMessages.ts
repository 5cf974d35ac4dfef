import { classificationText } from '../classificationText';
import { trainingPhrases } from '../corpus';
import { foldText } from '../text/normalize';
import type { Language } from '../types';

/**
 * The folded phrase behind each of the words a fold tests (`trainingExamples` reads each phrase as the
 * classifier does): the out-of-scope gate reads a message's every word, as the recognizer gives them to it,
 * period words too ("what's my apr on my discovery card" is a rate question, though "apr" is a period word to
 * the classifier and gone from its words). Two phrases read alike keep the first.
 */
export function foldedPhrases(language: Language): ReadonlyMap<string, string> {
  const phrases = new Map<string, string>();
  for (const { text } of trainingPhrases(language)) {
    const folded = foldText(text);
    const wanted = classificationText(folded, language, []);
    if (!phrases.has(wanted)) phrases.set(wanted, folded);
  }
  return phrases;
}
