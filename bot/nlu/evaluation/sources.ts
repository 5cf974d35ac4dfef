import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { heldOutPhrases } from '../corpus';
import type { IntentName, Language } from '../types';
import type { EvalCase } from './scoring';

/** One set of test phrases, scored on its own because sources differ in style. */
export interface EvalSource {
  name: string;
  language: Language;
  cases: EvalCase[];
}

/** CLINC150 intents that map onto ours; every other CLINC intent must be refused. */
const CLINC_TARGETS: Readonly<Record<string, IntentName>> = {
  balance: 'Balance', transactions: 'Transactions', spending_history: 'Transactions', order_status: 'Delivery',
};
const CLINC_REJECTED_SPLITS = ['near_miss_test', 'other_banking_creditcard_test', 'oos_test'] as const;

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

export function publicSetsDir(): string {
  return path.join(projectRoot(), 'bot', 'nlu', 'public-sets');
}

export function heldOutSource(language: Language): EvalSource {
  return { name: `held-out ${language}`, language, cases: heldOutPhrases(language).map(({ text, intent }) => ({ text, expected: intent })) };
}

type SplitFile = Record<string, unknown>;
const readJson = (file: string): SplitFile => JSON.parse(readFileSync(path.join(publicSetsDir(), file), 'utf8')) as SplitFile;

/** CLINC150: the target split by intent, then each split that must be refused. */
export function clincSources(): EvalSource[] {
  const clinc = readJson('clinc150_subset.json');
  const targets = Object.entries(clinc.target_test as Record<string, string[]>)
    .flatMap(([intent, texts]) => texts.map((text) => ({ text, expected: CLINC_TARGETS[intent] ?? 'Rejected' })));
  const rejected = CLINC_REJECTED_SPLITS.map((split) => ({
    name: `CLINC150 ${split}`, language: 'en' as const, cases: flattenSplit(clinc[split]).map((text) => ({ text, expected: 'Rejected' as const })),
  }));
  return [{ name: 'CLINC150 target_test', language: 'en', cases: targets }, ...rejected];
}

export function banking77Source(): EvalSource {
  const texts = flattenSplit(readJson('banking77_test.json').test);
  return { name: 'BANKING77 test', language: 'en', cases: texts.map((text) => ({ text, expected: 'Rejected' })) };
}

/** Every test line of the public sets, for the check that none of them is trained on. */
export function publicTestLines(): string[] {
  return [...clincSources(), banking77Source()].flatMap((source) => source.cases.map((c) => c.text));
}

/** A split is either a list of phrases or phrases grouped by intent. */
function flattenSplit(split: unknown): string[] {
  if (Array.isArray(split)) return split as string[];
  return Object.values(split as Record<string, string[]>).flat();
}
