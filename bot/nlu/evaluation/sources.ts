import { heldOutPhrases } from '../corpus';
import { flattenSplit, readPublicSet } from '../publicSets/files';

export { publicTestLines } from '../publicSets/files';
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

interface OnPurposeFile {
  lines: { set: string; split: string; text: string; intent: IntentName; reason: string }[];
}

/**
 * The lines of one public test split answered with data on purpose (`answered-on-purpose.json`), by text. A
 * listed line missing from its split is an error: the list must not outlive the lines it excuses.
 */
export function answeredOnPurpose(set: string, split: string, texts: readonly string[]): Map<string, NonNullable<EvalCase['onPurpose']>> {
  const { lines } = readPublicSet('answered-on-purpose.json') as unknown as OnPurposeFile;
  const listed = lines.filter((line) => line.set === set && line.split === split);
  const missing = listed.filter(({ text }) => !texts.includes(text));
  if (missing.length > 0) throw new Error(`answered-on-purpose.json lists lines that ${set} ${split} lacks: ${missing.map(({ text }) => text).join(' | ')}`);
  return new Map(listed.map(({ text, intent, reason }) => [text, { intent, reason }]));
}

/** Cases that must be refused, a listed line with its intent and reason. */
function refusedCases(set: string, split: string, texts: readonly string[]): EvalCase[] {
  const onPurpose = answeredOnPurpose(set, split, texts);
  return texts.map((text) => {
    const listed = onPurpose.get(text);
    return { text, expected: 'Rejected' as const, ...(listed ? { onPurpose: listed } : {}) };
  });
}

export function heldOutSource(language: Language): EvalSource {
  return { name: `held-out ${language}`, language, cases: heldOutPhrases(language).map(({ text, intent }) => ({ text, expected: intent })) };
}

/** CLINC150: the target split by intent, then each split that must be refused. */
export function clincSources(): EvalSource[] {
  const clinc = readPublicSet('clinc150_subset.json');
  const targets = Object.entries(clinc.target_test as Record<string, string[]>)
    .flatMap(([intent, texts]) => texts.map((text) => ({ text, expected: CLINC_TARGETS[intent] ?? 'Rejected' })));
  const rejected = CLINC_REJECTED_SPLITS.map((split) => ({
    name: `CLINC150 ${split}`, language: 'en' as const, cases: refusedCases('clinc150_subset.json', split, flattenSplit(clinc[split])),
  }));
  return [{ name: 'CLINC150 target_test', language: 'en', cases: targets }, ...rejected];
}

export function banking77Source(): EvalSource {
  const texts = flattenSplit(readPublicSet('banking77_test.json').test);
  return { name: 'BANKING77 test', language: 'en', cases: refusedCases('banking77_test.json', 'test', texts) };
}
