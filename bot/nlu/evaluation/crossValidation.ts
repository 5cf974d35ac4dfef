import type { TrainingExample } from '../classifier/intentClassifier';
import { stableHash as hash } from '../text/stableHash';
import type { IntentName } from '../types';
import type { EvalCase } from './scoring';

/**
 * k-fold cross-validation folds over the phrases people wrote (the corpus files and the public train
 * splits). The phrases expanded from templates always train, except any that reads exactly like a phrase
 * under test: each fold measures how hand-written phrases the model never saw are understood.
 */
export function foldsOf(examples: readonly TrainingExample[], k: number): { train: TrainingExample[]; test: EvalCase[] }[] {
  const written = examples.filter((example) => example.group === undefined);
  const generated = examples.filter((example) => example.group !== undefined);
  return Array.from({ length: k }, (_, fold) => {
    const test = written.filter((example) => hash(example.folded) % k === fold);
    const tested = new Set(test.map((example) => example.folded));
    return {
      train: [...written.filter((example) => hash(example.folded) % k !== fold), ...generated.filter((e) => !tested.has(e.folded))],
      test: test.map(({ folded, intent }) => ({ text: folded, expected: intent as IntentName })),
    };
  });
}
