import { IntentClassifier, type IntentScore } from './classifier/intent-classifier';
import { foldedTrainingExamples } from './corpus';
import { classificationText } from './classificationText';
import { findEntities } from './entities';
import { detectLanguage } from './language';
import { foldText } from './text/normalize';
import type { BankRecognizerResult, Language, RecognizeOptions } from './types';

/** "unlink 123456" carries a code too, but is not a request to link. */
const UNLINK_WORD = /\b(?:unlink|delier|dissocier|disconnect)\b/;

/**
 * The bot's language understanding, local and synchronous: the message's language, its intent (an nlp.js
 * neural classifier per language, trained at start-up from the corpus files) and its entities, as a
 * botbuilder RecognizerResult so that a cloud recognizer could replace it without touching the dialogs.
 */
export class BankRecognizer {
  private constructor(private readonly classifiers: Readonly<Record<Language, IntentClassifier>>) {}

  static async create(): Promise<BankRecognizer> {
    const [fr, en] = await Promise.all([
      IntentClassifier.train('fr', foldedTrainingExamples('fr')),
      IntentClassifier.train('en', foldedTrainingExamples('en')),
    ]);
    return new BankRecognizer({ fr, en });
  }

  recognize(text: string, options: RecognizeOptions): BankRecognizerResult {
    const folded = foldText(text);
    const language = detectLanguage(folded, options.localeHint);
    const entities = findEntities(folded, language, options);
    const scores = entities.linkCode && !UNLINK_WORD.test(folded)
      ? [{ intent: 'LinkAccount' as const, score: 1 }]
      : this.classifiers[language].classify(classificationText(folded, language, entities.merchant ?? []));
    return { text, intents: intentsObject(scores), entities };
  }
}

/** botbuilder's `{ Name: { score } }`, best first (object keys keep insertion order). */
function intentsObject(scores: readonly IntentScore[]): BankRecognizerResult['intents'] {
  return Object.fromEntries(scores.map(({ intent, score }) => [intent, { score }]));
}
