import { readPublicSet } from '../publicSets/files';
import type { IntentName } from '../types';
import mapping from './public-mapping.json';
import relabels from './public-relabels.json';

export interface PublicPhrase {
  text: string;
  intent: IntentName;
}

type ByIntent = Record<string, string[]>;
type Mapping = Record<string, string>;

/**
 * English training lines from the public train splits (never the test splits): CLINC150 train with its
 * out-of-scope lines, and BANKING77 train, every line mapped onto our intents by `public-mapping.json`.
 */
export function publicTrainingPhrases(knownIntents: ReadonlySet<string>, linesPerOutOfScopeIntent = OUT_OF_SCOPE_LINES_PER_INTENT): PublicPhrase[] {
  const clinc = readPublicSet('clinc150_train.json');
  const banking = readPublicSet('banking77_train.json');
  return [
    ...mapped(clinc.train as ByIntent, mapping.clinc150, relabels.clinc150, knownIntents, linesPerOutOfScopeIntent),
    ...(clinc.oos_train as string[]).map((text) => ({ text, intent: 'None' as const })),
    ...mapped(banking.train as ByIntent, mapping.banking77, relabels.banking77, knownIntents, linesPerOutOfScopeIntent),
  ];
}

/**
 * Lines kept per public out-of-scope intent: enough to show what each kind of request looks like, few enough
 * that training stays fast. Lines of the intents we answer are all kept. (The scope model, with two classes
 * to learn, takes them all: `outOfScope/scopeExamples.ts`.)
 */
const OUT_OF_SCOPE_LINES_PER_INTENT = 40;

/**
 * Each public intent's lines as ours (`names`), each line then as `relabels` gives it. Of an out-of-scope intent
 * a share is kept, and every line relabelled onto an intent of ours: "when was my last paycheck" is CLINC150's
 * 80th payday line.
 */
function mapped(byIntent: ByIntent, names: Mapping, relabels: Mapping, knownIntents: ReadonlySet<string>, linesPerOutOfScopeIntent: number): PublicPhrase[] {
  const answered = (text: string) => relabels[text] !== undefined && relabels[text] !== 'skip' && relabels[text] !== 'None';
  return Object.entries(byIntent).flatMap(([publicIntent, texts]) => {
    const ours = names[publicIntent] ?? 'None';
    if (ours === 'skip') return [];
    const intent = (knownIntents.has(ours) ? ours : 'None') as IntentName;
    const kept = intent === 'None' ? texts.filter((text, index) => index < linesPerOutOfScopeIntent || answered(text)) : texts;
    return kept.flatMap((text) => relabelled({ text, intent }, relabels, knownIntents));
  });
}

/** A line `public-relabels.json` names trains as the intent it gives there (none for 'skip'), else as mapped. */
function relabelled(line: PublicPhrase, byText: Mapping, knownIntents: ReadonlySet<string>): PublicPhrase[] {
  const ours = byText[line.text];
  if (ours === undefined) return [line];
  if (ours === 'skip') return [];
  return [{ text: line.text, intent: (knownIntents.has(ours) ? ours : 'None') as IntentName }];
}
