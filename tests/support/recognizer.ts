import path from 'node:path';
import { BankRecognizer } from '../../bot/nlu/recognizer';

/** Where the test files share one trained model (git-ignored with node_modules). */
const MODEL_CACHE_DIR = path.join(__dirname, '..', '..', 'node_modules', '.cache', 'bank-assistant-nlu');

/** The recognizer as production trains it, loaded from the shared cache when the corpus has not changed. */
export function testRecognizer(): Promise<BankRecognizer> {
  return BankRecognizer.create({ modelCacheDir: MODEL_CACHE_DIR });
}
