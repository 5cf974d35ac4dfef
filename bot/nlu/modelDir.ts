import path from 'node:path';
import { projectRoot } from './publicSets/files';

/**
 * Where trained models are kept between runs: `npm start` trains once per corpus (`build-model.ts`, run by
 * `prestart`), then every start and every test file loads the model in well under a second. Git-ignored
 * with node_modules; deleting it only means training again.
 */
export function defaultModelDir(): string {
  return path.join(projectRoot(), 'node_modules', '.cache', 'bank-assistant-nlu');
}
