import { DATA_INTENTS } from '../../../dialogs/intents';
import type { TrainingExample } from '../classifier/intentClassifier';
import { publicOutOfScopeExamples } from '../corpus';
import { cachedModel } from '../classifier/modelCache';
import type { Language } from '../types';
import { SCOPE_MODEL_VERSION, ScopeModel, type ScopeExample } from './scopeModel';

const SHOWS_DATA: ReadonlySet<string> = new Set(DATA_INTENTS);

/**
 * What the scope model learns from, out of the classifier's own training examples (trained at the same
 * time, from the same lines, so a cross-validation fold trains both on the same side): every data question
 * (the corpus, the templates, the public lines mapped onto our data intents) against every line to refuse
 * (the corpus's `None`, the public train splits' out-of-scope lines and other intents). Greetings, thanks
 * and the like are neither: the scope model only ever judges a message the classifier gave a data intent.
 * In English it takes every public out-of-scope line, where the classifier takes a share per public intent;
 * `tested`, the lines a cross-validation fold tests (as the classifier reads them), stay out.
 */
export function scopeExamples(examples: readonly TrainingExample[], language: Language, tested: ReadonlySet<string> = new Set()): ScopeExample[] {
  const own = examples.flatMap(({ folded, intent }): ScopeExample[] => {
    if (intent === 'None') return [{ folded, inScope: false }];
    return SHOWS_DATA.has(intent) ? [{ folded, inScope: true }] : [];
  });
  const seen = new Set(examples.map((example) => example.folded));
  const more = language === 'en' ? publicOutOfScopeExamples().filter(({ folded }) => !seen.has(folded) && !tested.has(folded)) : [];
  return [...own, ...more.map(({ folded }) => ({ folded, inScope: false }))];
}

/** The scope model of the classifier's training examples, stored beside the classifier's (see `cachedModel`). */
export function cachedScopeModel(dir: string, language: Language, examples: readonly TrainingExample[]): Promise<ScopeModel> {
  const scoped = scopeExamples(examples, language);
  return cachedModel(dir, `scope-${language}`, scoped, {
    version: SCOPE_MODEL_VERSION,
    train: async () => ScopeModel.train(language, scoped),
    snapshot: (model) => model.snapshot(),
    load: (stored) => ScopeModel.fromStored(language, stored),
  });
}
