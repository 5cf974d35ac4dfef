import type { TrainingExample } from '../classifier/intentClassifier';
import { stemmerFor } from '../classifier/stemmer';
import { words } from '../text/normalize';
import type { Language } from '../types';
import { foldsOf } from './crossValidation';
import type { EvalCase } from './scoring';

/**
 * Share of stems two phrases must have in common (of all the stems either has) to be the same phrase reworded
 * by a template: "donne moi mon solde ?" and "donne moi mon solde", or "bonjour, quand arrive ma commande" and
 * "quand arrive ma commande". One filler word in five still counts as the same phrase.
 */
const NEAR_DUPLICATE = 0.8;

/**
 * `foldsOf`, with an honest split: a phrase expanded from a template trains a fold only if it is not a near
 * duplicate of a phrase that fold tests. Templates otherwise train every fold, so that a template drawing
 * "donne moi mon solde" would answer the hand-written "donne moi mon solde ?" it was never tested apart from.
 */
export function honestFoldsOf(examples: readonly TrainingExample[], k: number, language: Language): { train: TrainingExample[]; test: EvalCase[] }[] {
  const stemsOf = stemSets(language);
  return foldsOf(examples, k).map(({ train, test }) => {
    const tested = test.map(({ text }) => stemsOf(text));
    const byStem = new Map<string, Set<string>[]>();
    for (const stems of tested) for (const stem of stems) byStem.set(stem, [...(byStem.get(stem) ?? []), stems]);
    const leaks = (example: TrainingExample): boolean => {
      if (example.group === undefined) return false;
      const stems = stemsOf(example.folded);
      const candidates = new Set([...stems].flatMap((stem) => byStem.get(stem) ?? []));
      return [...candidates].some((other) => similarity(stems, other) >= NEAR_DUPLICATE);
    };
    return { train: train.filter((example) => !leaks(example)), test };
  });
}

/** The set of a phrase's stems (apostrophes split words: "l'ordi" is "l ordi"). */
function stemSets(language: Language): (folded: string) => Set<string> {
  const stem = stemmerFor(language);
  return (folded) => new Set(words(folded.replace(/'/g, ' ')).map(stem));
}

/** Jaccard similarity of two sets of stems. */
function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const item of a) if (b.has(item)) shared += 1;
  return shared / (a.size + b.size - shared || 1);
}
