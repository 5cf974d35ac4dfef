import { defaultModelDir } from './modelDir';
import { BankRecognizer } from './recognizer';

/** `npm run build` and `prestart`: trains the recognizer unless a model of the same corpus is already stored (a no-op then). */
BankRecognizer.create({ modelCacheDir: defaultModelDir() }).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
