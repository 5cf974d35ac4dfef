import { IntentClassifier, type IntentScore, type TrainingExample } from './classifier/intentClassifier';
import { cachedClassifier } from './classifier/modelCache';
import { trainingExamples } from './corpus';
import { paidBill } from './billPaid';
import { upcomingBill } from './billDue';
import { asksCardStanding } from './cardBalanceCue';
import { classificationText } from './classificationText';
import { requestClauses } from './clauses';
import { DATA_INTENTS } from '../../dialogs/intents';
import { enoughForReading } from './enoughFor';
import { findEntities } from './entities';
import { asksForLastPay, saysCustomerPaid } from './incomeCue';
import { asksAmountReceived } from './receivedCue';
import { insightByCue } from './insightCues';
import { receiptByCue } from './receiptCues';
import { asksTotalOnly } from './totalCue';
import { chooseLanguage, detectLanguage, showsLanguage } from './language';
import { gateText, refuseOutOfScope } from './outOfScope/gate';
import { findNotAnswered } from './notAnswered';
import { averageReading } from './averageCue';
import { namesCardOnly } from './entities/cardDigits';
import { cachedScopeModel, scopeExamples } from './outOfScope/scopeExamples';
import { ScopeModel } from './outOfScope/scopeModel';
import { withoutMarkup } from './text/markup';
import { foldText } from './text/normalize';
import { withoutClosing, withoutOpeningGreeting } from './text/openingGreeting';
import { withSmsSpellingsWritten } from './text/smsSpellings';
import type { BankRecognizerResult, Language, RecognizeOptions } from './types';

/** "le 2", "number 3": a choice in a list, which the position entity carries; the number alone asks nothing else. */
const ONLY_A_POSITION = /^(?:(?:le|la|l'|the|numero|number|no|n)\s*)?\d{1,2}$/;
/** "unlink 123456" carries a code too, but is not a request to link. */
const UNLINK_WORD = /\b(?:unlink|delier|dissocier|disconnect)\b/;

/**
 * The bot's language understanding, local and synchronous: the message's language, its intent (a classifier
 * per language, trained at start-up from the corpus files) and its entities, as a
 * botbuilder RecognizerResult so that a cloud recognizer could replace it without touching the dialogs.
 */
export class BankRecognizer {
  private constructor(
    private readonly classifiers: Readonly<Record<Language, IntentClassifier>>,
    /** Beside each classifier, trained from the same lines: whether a message asks for data at all. */
    private readonly scopes: Readonly<Record<Language, ScopeModel>>,
  ) {}

  /**
   * Trained from the corpus files. With `modelCacheDir`, a model already trained from the same corpus is
   * loaded from there instead (the tests share one this way); without it, training happens here, in memory.
   */
  static async create(options: { modelCacheDir?: string; examples?: Readonly<Record<Language, readonly TrainingExample[]>> } = {}): Promise<BankRecognizer> {
    const { modelCacheDir } = options;
    // `examples`: the corpus's training examples already computed (the tests compute them once per run:
    // folding every phrase is most of a cached model's load time); they choose the model loaded, by hash.
    const examples = options.examples ?? { fr: trainingExamples('fr'), en: trainingExamples('en') };
    if (modelCacheDir === undefined) return BankRecognizer.fromExamples(examples);
    const [fr, en, scopeFr, scopeEn] = await Promise.all([
      cachedClassifier(modelCacheDir, 'fr', examples.fr), cachedClassifier(modelCacheDir, 'en', examples.en),
      cachedScopeModel(modelCacheDir, 'fr', examples.fr), cachedScopeModel(modelCacheDir, 'en', examples.en),
    ]);
    return new BankRecognizer({ fr, en }, { fr: scopeFr, en: scopeEn });
  }

  /** A recognizer trained on the examples given (cross-validation trains one per fold). */
  static async fromExamples(examples: Readonly<Record<Language, readonly TrainingExample[]>>): Promise<BankRecognizer> {
    const [fr, en] = await Promise.all([IntentClassifier.train('fr', examples.fr), IntentClassifier.train('en', examples.en)]);
    const scopes = { fr: ScopeModel.train('fr', scopeExamples(examples.fr, 'fr')), en: ScopeModel.train('en', scopeExamples(examples.en, 'en')) };
    return new BankRecognizer({ fr, en }, scopes);
  }

  /**
   * The intent scores of a message read in the given language, best first (no entities, no link code);
   * `periodCount`, the periods the message names, since their words are not classified. An out-of-scope
   * request that names the customer's data, or that the scope model finds unlike any data question, is
   * `None` (`outOfScope/gate.ts`). An intent a cue says outright (`insightCues.ts`, `billDue.ts`, `receiptCues.ts`, `totalCue.ts`, `receivedCue.ts`) is no guess
   * of the classifier's: the scope model, there to catch its confident misreadings, does not judge it.
   */
  intentScores(text: string, language: Language, merchants: readonly string[] = [], periodCount = 0): IntentScore[] {
    const folded = readableText(text);
    const wanted = classificationText(withoutClosing(withoutOpeningGreeting(folded)), language, merchants);
    const gate = gateText(folded, wanted);
    const cued = insightByCue(wanted, language, periodCount) ?? upcomingBill(gate.message, language, merchants)
      ?? paidBill(folded, language, merchants, periodCount)
      ?? receiptByCue(folded, language, merchants)
      ?? (asksForLastPay(wanted, language) || asksAmountReceived(wanted, language) ? 'Income' : undefined)
      ?? (enoughForReading(folded) === 'balance' || asksCardStanding(folded, language, periodCount) ? 'Balance' : undefined)
      ?? (asksTotalOnly(wanted, merchants.length + periodCount) ? 'Transactions' : undefined);
    if (cued) return refuseOutOfScope([{ intent: cued, score: 1 }], gate, language, undefined, periodCount);
    const scores = spendingWhenCustomerPaid(this.classifiers[language].classify(wanted), folded, language);
    return refuseOutOfScope(scores, gate, language, this.scopes[language], periodCount);
  }

  /**
   * The message as a whole and, when it asks two or three different things ("mon solde et mes 3 dernières
   * opérations"), each request read on its own, in order (`clauses`), in the message's language.
   */
  recognize(text: string, options: RecognizeOptions): BankRecognizerResult {
    const whole = this.recognizeOne(text, options);
    const language = whole.entities.language;
    const read = memoized((part: string) => this.recognizeOne(part, options, language));
    // A comparison joins its periods with "and" by nature ("compare october and november spending").
    if (Object.keys(whole.intents)[0] === 'SpendingComparison') return whole;
    // A part is a request of its own when it asks a data question in its own words ("mes 3 dernières
    // opérations", "did my salary arrive"), not when it only names a slot ("november spending", "du livret").
    const parts = requestClauses(text, language, (part) => {
      const { intents, entities } = read(part);
      const intent = Object.keys(intents)[0];
      return (DATA_INTENTS as readonly string[]).includes(intent) && entities.ownQuestion?.length ? intent : undefined;
    });
    return parts ? { ...whole, clauses: parts.map(read) } : whole;
  }

  private recognizeOne(text: string, options: RecognizeOptions, given?: Language): BankRecognizerResult {
    const folded = readableText(text);
    const language = given ?? chooseLanguage(folded, {
      conversationLanguage: options.conversationLanguage, customerLocale: options.customerLocale, channelLocale: options.localeHint,
    });
    const notAnswered = findNotAnswered(folded);
    const entities = { ...findEntities(folded, language, options), ...(notAnswered.length > 0 ? { notAnswered } : {}) };
    const read = entities.linkCode && !UNLINK_WORD.test(folded)
      ? [{ intent: 'LinkAccount' as const, score: 1 }]
      : notAnswered.length > 0 || ONLY_A_POSITION.test(folded) ? [{ intent: 'None' as const, score: 1 }]
        : this.understoodInEither(folded, language, entities.merchant ?? [], entities.period?.length ?? 0);
    const scores = read[0].intent === 'None' && notAnswered.length === 0 && namesCardOnly(folded, entities) ? [{ intent: 'Balance' as const, score: 1 }] : read;
    // A mean of spending is a total over months; a mean of anything else is said not to be answered. The mean's
    // reading, a cue's, passes the out-of-scope cues as the others do: "the average rent of apartments in my city".
    const average = entities.linkCode || notAnswered.length > 0 ? undefined : averageReading(folded, entities, scores);
    if (average) {
      // The mean's whole months (or weeks) are a period of their own: "combien je gagne en moyenne par mois" asks
      // what came in over them, not a pay rate, which the gate refuses only when no period is named.
      const gated = refuseOutOfScope(average.scores, gateText(folded, folded), language, undefined, (entities.period?.length ?? 0) + 1);
      return { text, intents: intentsObject(gated), entities: { ...entities, ...(average.notAnswered ? { notAnswered: average.notAnswered } : {}) } };
    }
    return { text, intents: intentsObject(scores), entities };
  }

  /**
   * The intent scores in the language chosen, or, when its classifier refuses a message whose own words are
   * of the other language (an English customer typing "livraison Argos": one French word does not outweigh her
   * locale), that language's reading if it understands it. The reply stays in the conversation's language.
   */
  private understoodInEither(folded: string, language: Language, merchants: readonly string[], periodCount: number): IntentScore[] {
    const scores = this.intentScores(folded, language, merchants, periodCount);
    const ownLanguage = detectLanguage(folded);
    if (scores[0].intent !== 'None' || !showsLanguage(folded) || ownLanguage === language) return scores;
    const other = this.intentScores(folded, ownLanguage, merchants, periodCount);
    return other[0].intent === 'None' ? scores : other;
  }
}

/**
 * The message as the recognizer reads it: markup gone, folded, SMS spellings written out ("cmb g depenc
 * ojourdui" is "combien j'ai depense aujourd'hui"), for the entities as for the intent.
 */
function readableText(text: string): string {
  return withSmsSpellingsWritten(foldText(withoutMarkup(text)));
}

/** Income read for money the customer paid ("how much did I pay…") is her spending: Transactions takes its place. */
function spendingWhenCustomerPaid(scores: IntentScore[], folded: string, language: Language): IntentScore[] {
  if (scores[0]?.intent !== 'Income' || !saysCustomerPaid(folded, language)) return scores;
  const transactions = scores.find(({ intent }) => intent === 'Transactions')?.score ?? 0;
  const rest = scores.filter(({ intent }) => intent !== 'Transactions' && intent !== 'Income');
  return [{ intent: 'Transactions', score: scores[0].score }, { intent: 'Income', score: transactions }, ...rest];
}

/** Each part is read once, though both the split and the answer need it. */
function memoized<T>(read: (part: string) => T): (part: string) => T {
  const seen = new Map<string, T>();
  return (part) => {
    if (!seen.has(part)) seen.set(part, read(part));
    return seen.get(part) as T;
  };
}

/** botbuilder's `{ Name: { score } }`, best first (object keys keep insertion order). */
function intentsObject(scores: readonly IntentScore[]): BankRecognizerResult['intents'] {
  return Object.fromEntries(scores.map(({ intent, score }) => [intent, { score }]));
}
