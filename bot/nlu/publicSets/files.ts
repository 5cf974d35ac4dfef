import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The project root: the nearest folder above this file with a package.json (works from src and dist). */
export function projectRoot(from: string = __dirname): string {
  let dir = from;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('package.json not found above ' + from);
    dir = parent;
  }
  return dir;
}

/** One of the public set files of `bot/nlu/publicSets` (read from the sources, also when running from dist). */
export function readPublicSet(file: string): Record<string, unknown> {
  const full = path.join(projectRoot(), 'bot', 'nlu', 'publicSets', file);
  return JSON.parse(readFileSync(full, 'utf8')) as Record<string, unknown>;
}

/** A split is either a list of phrases or phrases grouped by intent. */
export function flattenSplit(split: unknown): string[] {
  if (Array.isArray(split)) return split as string[];
  return Object.values(split as Record<string, string[]>).flat();
}

const CLINC_TEST_SPLITS = ['target_test', 'near_miss_test', 'other_banking_creditcard_test', 'oos_test'] as const;

/** Every test line of the public sets: never trained on. */
export function publicTestLines(): string[] {
  const clinc = readPublicSet('clinc150_subset.json');
  return [...CLINC_TEST_SPLITS.flatMap((split) => flattenSplit(clinc[split])), ...flattenSplit(readPublicSet('banking77_test.json').test)];
}
