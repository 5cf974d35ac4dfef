import { IntentClassifier, type TrainingExample } from './classifier/intentClassifier';
import { trainingExamples } from './corpus';
import { foldsOf } from './evaluation/crossValidation';
import { foldedPhrases } from './evaluation/gateMessages';
import { honestFoldsOf } from './evaluation/nearDuplicates';
import { formatAnsweredOnPurpose, formatErrors, formatScore, formatShownData } from './evaluation/report';
import { score, type EvalCase, type EvalScore } from './evaluation/scoring';
import { banking77Source, clincSources, heldOutSource, type EvalSource } from './evaluation/sources';
import { findNotAnswered } from './notAnswered';
import { gateText, refuseOutOfScope } from './outOfScope/gate';
import { scopeExamples } from './outOfScope/scopeExamples';
import { ScopeModel } from './outOfScope/scopeModel';
import { BankRecognizer } from './recognizer';
import type { IntentName, Language } from './types';

/** Fixed options: the intent does not depend on the date, and the eval must be repeatable. */
const NOW = new Date('2026-11-29T10:00:00+01:00');
const ERRORS_SHOWN = Number(process.env.NLU_EVAL_ERRORS ?? 10);
const FOLDS = 5;
const LANGUAGES: readonly Language[] = ['fr', 'en'];
/** `npm run eval:nlu -- --verbose` lists every out-of-scope phrase that would show the customer's data. */
const VERBOSE = process.argv.includes('--verbose');

/**
 * `npm run eval:nlu`: per language, k-fold cross-validation on the training corpus, then the held-out
 * phrases, then each public test set on its own; intent accuracy, refusals and confusion for each.
 */
async function main(): Promise<void> {
  for (const language of LANGUAGES) {
    print(`${FOLDS}-fold cross-validation (${language})`, await crossValidate(language, foldsOf(trainingExamples(language), FOLDS)));
    const honest = honestFoldsOf(trainingExamples(language), FOLDS, language);
    print(`${FOLDS}-fold cross-validation, template near-duplicates of tested phrases left out (${language})`, await crossValidate(language, honest));
  }
  const recognizer = await BankRecognizer.create();
  const sources: EvalSource[] = [heldOutSource('fr'), heldOutSource('en'), ...clincSources(), banking77Source()];
  for (const source of sources) {
    print(`${source.name} (${source.language})`, score(source.cases, (text) => topIntent(recognizer, text, source.language)));
  }
}

/**
 * Each fold (already the words the classifier reads) is predicted by a classifier trained on the other folds,
 * through what the recognizer declines outright (`notAnswered.ts`) and its out-of-scope gate, which reads the whole phrase as the recognizer gives it, and a
 * scope model trained on the same folds; the scores add up over the folds.
 */
async function crossValidate(language: Language, folds: readonly { train: TrainingExample[]; test: EvalCase[] }[]): Promise<EvalScore> {
  const cases: EvalCase[] = [];
  const predicted: IntentName[] = [];
  const phrases = foldedPhrases(language);
  for (const { train, test } of folds) {
    const classifier = await IntentClassifier.train(language, train);
    const scope = ScopeModel.train(language, scopeExamples(train, language, new Set(test.map((testCase) => testCase.text))));
    for (const testCase of test) {
      cases.push(testCase);
      const phrase = phrases.get(testCase.text) ?? testCase.text;
      // What the recognizer declines before any classifier (advice, affordability) is declined here too.
      if (findNotAnswered(phrase).length > 0) {
        predicted.push('None');
        continue;
      }
      const gate = gateText(phrase, testCase.text);
      predicted.push(refuseOutOfScope(classifier.classify(testCase.text), gate, language, scope)[0].intent);
    }
  }
  return score(cases, (_, index) => predicted[index]);
}

function topIntent(recognizer: BankRecognizer, text: string, language: Language): IntentName {
  const { intents } = recognizer.recognize(text, { localeHint: language, now: NOW, timeZone: 'Europe/Paris' });
  return Object.keys(intents)[0] as IntentName;
}

function print(name: string, result: EvalScore): void {
  console.log([
    ...formatScore(name, result), ...formatErrors(result, ERRORS_SHOWN), ...(VERBOSE ? formatShownData(result) : []), ...formatAnsweredOnPurpose(result),
  ].join('\n'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
