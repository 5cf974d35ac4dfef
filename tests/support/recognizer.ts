import { defaultModelDir } from '../../bot/nlu/modelDir';
import { BankRecognizer } from '../../bot/nlu/recognizer';

/** The recognizer as production trains it, loaded from the shared cache when the corpus has not changed. */
export function testRecognizer(): Promise<BankRecognizer> {
  return BankRecognizer.create({ modelCacheDir: defaultModelDir() });
}
