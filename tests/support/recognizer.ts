import type { CustomerVocabulary } from '../../bot/nlu/types';
import { defaultModelDir } from '../../bot/nlu/modelDir';
import { BankRecognizer } from '../../bot/nlu/recognizer';

/** The recognizer as production trains it, loaded from the shared cache when the corpus has not changed. */
export function testRecognizer(): Promise<BankRecognizer> {
  return BankRecognizer.create({ modelCacheDir: defaultModelDir() });
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
