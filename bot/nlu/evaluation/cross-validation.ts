import type { TrainingExample } from '../classifier/intent-classifier';
import type { IntentName } from '../types';
import type { EvalCase } from './scoring';

/**
 * k-fold cross-validation folds. Examples sharing a group (the phrases expanded from one template) land in
 * the same fold, so a fold is never tested on a near copy of a phrase it was trained on.
 */
export function foldsOf(examples: readonly TrainingExample[], k: number): { train: TrainingExample[]; test: EvalCase[] }[] {
  const foldOf = (example: TrainingExample): number => hash(example.group ?? example.folded) % k;
  return Array.from({ length: k }, (_, fold) => ({
    train: examples.filter((example) => foldOf(example) !== fold),
    test: examples.filter((example) => foldOf(example) === fold)
      .map(({ folded, intent }) => ({ text: folded, expected: intent as IntentName })),
  }));
}

/** FNV-1a: a stable, well-spread fold for a string, the same on every run and machine. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    value ^= text.charCodeAt(i);
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value;
}
