import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { TrainingExample } from '../../bot/nlu/classifier/intentClassifier';
import { trainingExamples } from '../../bot/nlu/corpus';
import type { CustomerVocabulary, Language } from '../../bot/nlu/types';
import { defaultModelDir } from '../../bot/nlu/modelDir';
import { BankRecognizer } from '../../bot/nlu/recognizer';
import { sourceHash } from './builtBot';

type Examples = Record<Language, TrainingExample[]>;

/**
 * The corpus's training examples as production computes them, written once per run by globalSetup under
 * the hash of the whole source tree (any change to the code or the corpus gives another file): folding
 * every phrase is most of a cached model's load, 1-2.5 s of CPU in each of the ~70 files that load it.
 */
const examplesFile = () => join(defaultModelDir(), '..', 'bank-assistant-test-examples', `${sourceHash()}.json`);

export function prepareTrainingExamples(): void {
  const file = examplesFile();
  if (existsSync(file)) return;
  const examples: Examples = { fr: trainingExamples('fr'), en: trainingExamples('en') };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.${process.pid}.tmp`, JSON.stringify(examples));
  renameSync(`${file}.${process.pid}.tmp`, file);
  // Those of earlier source states are never read again.
  for (const other of readdirSync(dirname(file))) {
    if (other.endsWith('.json') && other !== basename(file)) rmSync(join(dirname(file), other), { force: true });
  }
}

function preparedExamples(): Examples | undefined {
  const file = examplesFile();
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) as Examples : undefined;
}

/** The recognizer as production trains it, loaded from the shared cache when the corpus has not changed. */
export function testRecognizer(): Promise<BankRecognizer> {
  return BankRecognizer.create({ modelCacheDir: defaultModelDir(), examples: preparedExamples() });
}

/**
 * A recognizer (loaded before the file's tests) reading as one customer whose vocabulary is given, on a
 * fixed clock: `recognize` a message as typed, in the customer's locale, and its `topIntent`.
 */
export function recognizerFor(vocabulary: CustomerVocabulary, now = new Date('2026-11-29T10:00:00+01:00')) {
  let recognizer: BankRecognizer;
  beforeAll(async () => {
    recognizer = await testRecognizer();
  });
  const recognize = (text: string, customerLocale: string) => recognizer.recognize(text, {
    vocabulary, customerLocale, localeHint: customerLocale, now, timeZone: 'Europe/Paris',
  });
  const topIntent = (text: string, customerLocale: string): string => Object.keys(recognize(text, customerLocale).intents)[0];
  return { recognize, topIntent };
}
