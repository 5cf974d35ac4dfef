import { foldText } from '../text/normalize';
import type { IntentName, Language } from '../types';
import english from './en.json';
import french from './fr.json';
import heldOutEnglish from './heldout.en.json';
import heldOutFrench from './heldout.fr.json';

/** A corpus file: phrases by intent. `None` holds requests the bot must refuse. */
export type PhrasesByIntent = Partial<Record<IntentName, string[]>>;

export interface LabelledPhrase {
  text: string;
  intent: IntentName;
}

const TRAINING: Readonly<Record<Language, PhrasesByIntent>> = { fr: french, en: english };
const HELD_OUT: Readonly<Record<Language, PhrasesByIntent>> = { fr: heldOutFrench, en: heldOutEnglish };

/** The phrases the classifier learns from. */
export function trainingPhrases(language: Language): LabelledPhrase[] {
  return flatten(TRAINING[language]);
}

/** Phrases kept apart from training, to measure the classifier on what it has never seen. */
export function heldOutPhrases(language: Language): LabelledPhrase[] {
  return flatten(HELD_OUT[language]);
}

function flatten(corpus: PhrasesByIntent): LabelledPhrase[] {
  return Object.entries(corpus).flatMap(([intent, texts]) =>
    (texts ?? []).map((text) => ({ text, intent: intent as IntentName })));
}

/** Training examples in the form the classifier takes. */
export function foldedTrainingExamples(language: Language): { folded: string; intent: IntentName }[] {
  return trainingPhrases(language).map(({ text, intent }) => ({ folded: foldText(text), intent }));
}
