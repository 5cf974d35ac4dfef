import { NluNeural, type Features, type NeuralNetwork } from '@nlpjs/nlu';
import { words } from '../text/normalize';
import type { IntentName, Language } from '../types';
import { featuresOf, stemsOf } from './features';
import { stemmerFor, type Stem } from './stemmer';
import { TrainingVocabulary } from './vocabulary';

export interface TrainingExample {
  /** Folded text (see `foldText`). */
  folded: string;
  intent: IntentName;
}

export interface IntentScore {
  intent: IntentName;
  score: number;
}

/**
 * Below this share of the squared outputs the best guess is not trusted and the message is `None`:
 * an unfamiliar request should be refused rather than answered as a different question.
 */
const MINIMUM_CONFIDENCE = 0.5;

/**
 * A message whose words are mostly unknown to the corpus is about something else, however the few known
 * words ("where", "my") vote ("where does honey come from").
 */
const MINIMUM_KNOWN_WORDS = 0.5;

/**
 * Training passes. nlp.js's default (up to 20,000, stopping on a tiny error) fits the corpus so closely that
 * an in-scope request worded unlike any training phrase falls to `None`, the largest class; stopping early
 * keeps the weights smaller and generalises better (chosen on the CLINC150 validation splits).
 */
const TRAINING_ITERATIONS = 100;

/**
 * One language's intent classifier: nlp.js's single-layer neural network over stems and stem pairs,
 * trained once (async, as nlp.js trains) and then run synchronously on every message.
 */
export class IntentClassifier {
  private constructor(
    private readonly network: NeuralNetwork,
    private readonly stem: Stem,
    private readonly vocabulary: TrainingVocabulary,
    private readonly knownFeatures: ReadonlySet<string>,
  ) {}

  static async train(language: Language, examples: readonly TrainingExample[]): Promise<IntentClassifier> {
    const stem = stemmerFor(language);
    const vocabulary = new TrainingVocabulary();
    const knownFeatures = new Set<string>();
    const corpus = examples.map(({ folded, intent }) => {
      words(folded).forEach((word) => vocabulary.add(word));
      const input = featuresOf(stemsOf(folded, stem));
      Object.keys(input).forEach((feature) => knownFeatures.add(feature));
      return { input, output: { [intent]: 1 } };
    });
    const nlu = new NluNeural({ locale: language, log: false });
    await nlu.innerTrain({ settings: { log: false, iterations: TRAINING_ITERATIONS }, corpus });
    if (!nlu.neuralNetwork) throw new Error(`The ${language} intent classifier did not train`);
    return new IntentClassifier(nlu.neuralNetwork, stem, vocabulary, knownFeatures);
  }

  /** Intents by decreasing score (scores sum to 1); `None` first when the message is not understood. */
  classify(folded: string): IntentScore[] {
    const corrected = words(folded).map((word) => this.vocabulary.correct(word));
    const features = this.knownOnly(featuresOf(corrected.map(this.stem)));
    if (Object.keys(features).length === 0 || this.knownShare(corrected) < MINIMUM_KNOWN_WORDS) {
      return [{ intent: 'None', score: 1 }];
    }
    const scores = normalised(this.network.run(features) ?? {});
    const [best] = scores;
    if (best === undefined || best.score < MINIMUM_CONFIDENCE) {
      return [{ intent: 'None', score: 1 - (best?.score ?? 0) }, ...scores.filter((s) => s.intent !== 'None')];
    }
    return scores;
  }

  private knownShare(correctedWords: readonly string[]): number {
    const known = correctedWords.filter((word) => this.vocabulary.has(word)).length;
    return correctedWords.length === 0 ? 0 : known / correctedWords.length;
  }

  private knownOnly(features: Features): Features {
    return Object.fromEntries(Object.entries(features).filter(([feature]) => this.knownFeatures.has(feature)));
  }
}

/** Squared outputs as shares of their sum, as nlp.js reports them, best first. */
function normalised(outputs: Record<string, number>): IntentScore[] {
  const squared = Object.entries(outputs).map(([intent, value]) => ({ intent: intent as IntentName, score: value ** 2 }));
  const total = squared.reduce((sum, s) => sum + s.score, 0);
  if (total === 0) return [{ intent: 'None', score: 1 }];
  return squared
    .filter((s) => s.score > 0)
    .map((s) => ({ intent: s.intent, score: s.score / total }))
    .sort((a, b) => b.score - a.score);
}
