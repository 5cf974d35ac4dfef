import { featureValue, featuresOf } from '../classifier/features';
import type { StoredWeights } from '../classifier/modelCache';
import { SoftmaxModel, type IndexedExample } from '../classifier/softmax';
import { stemmerFor, type Stem } from '../classifier/stemmer';
import { words } from '../text/normalize';
import type { Language } from '../types';
import { namesData } from './dataAnchor';

/** A phrase as the classifier reads it (`classificationText`), and whether it asks for data we answer. */
export interface ScopeExample {
  folded: string;
  inScope: boolean;
}

/** Changes whenever the scope model's features or training change, so that a stored one of another kind is not loaded. */
export const SCOPE_MODEL_VERSION = 'scope-softmax-stems-bigrams-char34-unfamiliar-balanced-10-epochs-v1';

const LABELS = ['outOfScope', 'inScope'] as const;
const IN_SCOPE = 1;

/** Two classes learn in fewer passes than twenty: ten give the same decisions for half the time. */
// No averaging of passes (averageFrom = epochs): its threshold was calibrated on the last pass's weights.
const SETTINGS = { epochs: 10, learningRate: 0.4, l2: 1e-6, averageFrom: 10 } as const;

/**
 * Below this probability of asking for data we answer, a message the classifier gave a data intent is `None`.
 * Calibrated with `npm run eval:nlu` (2026-12-01): first (0.02 / 0.012) just below the lowest score of a data
 * question the folds and the held-out phrases answered right; re-set at 20:15 UTC after the classifier's new
 * features (first, last and lone stems) moved every score: at 0.04 / 0.015 the cross-validation without
 * template near-duplicates answers exactly as many data questions right as at 0.02 / 0.012 (fr 601/630,
 * en 1580/1706; the plain folds one fewer each), the held-out phrases' lowest data question scores 0.15 (fr)
 * and 0.49 (en), and requests far from banking such as "je suis fatiguée" (0.034) are refused again.
 */
const MINIMUM_IN_SCOPE: Readonly<Record<Language, number>> = { fr: 0.04, en: 0.015 };

/**
 * The bar for words that name no data at all (`dataAnchor.ts`): "when did camus die" (0.05), "current date"
 * (0.06) or "when did the mls start" (0.1–0.17) are read as data questions through "when did" and "current",
 * and the model doubts them, though not below `MINIMUM_IN_SCOPE`. Set with `npm run eval:nlu` (2026-12-02):
 * the data questions of the folds that name no data score 0.52 and more in English ("how broke am i"), 0.58
 * and more in French ("combien chez mollat"), the far-away requests 0.01–0.17. French has a lower bar, 0.15:
 * "les week-ends du mois dernier" (a list of weekend spending, 0.248) fell under 0.25, and "je suis fatigué"
 * (0.07) is above its bar for every message.
 */
const MINIMUM_IN_SCOPE_NAMING_NO_DATA: Readonly<Record<Language, number>> = { fr: 0.15, en: 0.25 };

/**
 * A binary model beside the intent classifier: does the message ask for the customer's data at all? The
 * classifier spreads its belief over twenty intents and follows one familiar word ("last", "history"), and
 * its `None` class is weighed down so that it does not drown the intents; this model weighs the two sides
 * equally and reads the same features, so a request made of words the out-of-scope lines use gets a low
 * score even when one of its words is a data word.
 */
export class ScopeModel {
  private constructor(
    private readonly model: SoftmaxModel,
    private readonly featureIndex: ReadonlyMap<string, number>,
    private readonly stem: Stem,
    private readonly language: Language,
    /** The stems of every data question trained on: a word outside them is one no data question uses. */
    private readonly dataWords: ReadonlySet<string>,
  ) {}

  static train(language: Language, examples: readonly ScopeExample[]): ScopeModel {
    const stem = stemmerFor(language);
    const featureIndex = new Map<string, number>();
    const inScope = examples.filter((example) => example.inScope).length;
    const classSize = [examples.length - inScope, inScope];
    const known = dataWordCounts(examples, stem);
    const indexed: IndexedExample[] = examples.map((example) => {
      const label = example.inScope ? IN_SCOPE : 1 - IN_SCOPE;
      // A data question's own words do not make them known: only the other data questions' do.
      const isKnown = (word: string) => (known.get(word) ?? 0) > (example.inScope ? 1 : 0);
      return {
        features: [...featuresOf(example.folded, stem), ...unfamiliarity(example.folded, stem, isKnown)].map((feature) => {
          let index = featureIndex.get(feature);
          if (index === undefined) featureIndex.set(feature, (index = featureIndex.size));
          return index;
        }),
        label,
        // Both sides weigh the same in total, however many lines each has.
        weight: examples.length / (2 * Math.max(1, classSize[label])),
      };
    });
    const values = Float32Array.from(featureIndex.keys(), featureValue);
    return new ScopeModel(SoftmaxModel.train(indexed, values, LABELS.length, SETTINGS), featureIndex, stem, language, new Set(known.keys()));
  }

  /** The probability that the words (as the classifier reads them) ask for data we answer; 1 with no known word. */
  inScopeProbability(folded: string): number {
    const isKnown = (word: string) => this.dataWords.has(word);
    const features = [...featuresOf(folded, this.stem), ...unfamiliarity(folded, this.stem, isKnown)].flatMap((feature) => {
      const index = this.featureIndex.get(feature);
      return index === undefined ? [] : [index];
    });
    // Nothing known to judge by: the classifier, which refuses such a message anyway, decides.
    if (features.length === 0) return 1;
    return this.model.probabilities(features)[IN_SCOPE];
  }

  /**
   * Whether the words are too unlike every data question to be answered with data (`refusedAt`). `namesPeriod`:
   * the message names a period, whose words the classifier does not read ("les week-ends du mois dernier" is
   * a list of that month's weekend payments, though "les week ends" names no data).
   */
  refuses(folded: string, namesPeriod = false): boolean {
    return refusedAt({ probability: this.inScopeProbability(folded), unfamiliar: this.unfamiliarCount(folded) }, folded, this.language, namesPeriod);
  }

  /** How many of the words (numbers aside) no data question trained on uses. */
  unfamiliarCount(folded: string): number {
    return words(folded).filter((word) => !/\d/.test(word) && !this.dataWords.has(this.stem(word))).length;
  }

  snapshot(): StoredWeights {
    return {
      intents: [...LABELS], features: [...this.featureIndex.keys()], vocabulary: [...this.dataWords],
      weights: this.model.weights, bias: this.model.bias,
    };
  }

  static fromStored(language: Language, { features, vocabulary, weights, bias }: StoredWeights): ScopeModel {
    const model = SoftmaxModel.of(weights, bias, LABELS.length, Float32Array.from(features, featureValue));
    const featureIndex = new Map(features.map((feature, index) => [feature, index]));
    return new ScopeModel(model, featureIndex, stemmerFor(language), language, new Set(vocabulary ?? []));
  }
}

/** What the scope model reads of some words: its probability that they ask for data, and how many no data question uses. */
export interface ScopeReading {
  probability: number;
  unfamiliar: number;
}

/**
 * Whether words of this reading are refused: under `MINIMUM_IN_SCOPE` always; when they name no data nor a period, under
 * `MINIMUM_IN_SCOPE_NAMING_NO_DATA` or with a word no data question uses ("when was my lawn last mowed",
 * "has everyone come home from school", "has ko gone up or down": the model follows "when was my… last",
 * "come", "gone up", and knows nothing of the rest). A data question that names no data is said in words
 * other data questions use ("am I in the red", "how rich am I").
 */
export function refusedAt({ probability, unfamiliar }: ScopeReading, folded: string, language: Language, namesPeriod = false): boolean {
  if (probability < MINIMUM_IN_SCOPE[language]) return true;
  return (probability < MINIMUM_IN_SCOPE_NAMING_NO_DATA[language] || unfamiliar >= UNFAMILIAR_WORDS_NAMING_NO_DATA[language])
    && !namesPeriod && !namesData(folded, language);
}

/** English only: French data questions name their data in words the French data questions seldom share ("les week-ends du mois dernier": "week", "ends"). */
const UNFAMILIAR_WORDS_NAMING_NO_DATA: Readonly<Record<Language, number>> = { fr: Infinity, en: 1 };

/** How many data questions each stem is in. */
function dataWordCounts(examples: readonly ScopeExample[], stem: Stem): Map<string, number> {
  const counts = new Map<string, number>();
  for (const example of examples) {
    if (!example.inScope) continue;
    for (const word of new Set(words(example.folded).map(stem))) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

/**
 * What the classifier cannot see: how many of the message's words no data question uses ("display history
 * of sparta": "display", "sparta"). Unknown words give it no feature at all, so a request far from banking
 * is read by its one familiar word; here they count, as features of their own (one, two, most of the words).
 */
function unfamiliarity(folded: string, stem: Stem, isKnown: (word: string) => boolean): string[] {
  const messageWords = words(folded).filter((word) => !/\d/.test(word));
  const unknown = messageWords.filter((word) => !isKnown(stem(word))).length;
  const features: string[] = [];
  if (unknown >= 1) features.push('u:one');
  if (unknown >= 2) features.push('u:two');
  if (unknown * 2 > messageWords.length) features.push('u:most');
  return features;
}
