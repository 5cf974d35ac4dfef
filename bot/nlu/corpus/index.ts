import type { TrainingExample } from '../classifier/intentClassifier';
import { classificationText } from '../classificationText';
import { publicTestLines } from '../publicSets/files';
import { canonicalPhrase, foldText } from '../text/normalize';
import { withSmsSpellingsWritten } from '../text/smsSpellings';
import type { IntentName, Language } from '../types';
import english from './en.json';
import french from './fr.json';
import heldOutEnglish from './heldout.en.json';
import heldOutFrench from './heldout.fr.json';
import { publicTrainingPhrases } from './public-training';
import { expandTemplates, type TemplateFile } from './templates';
import englishTemplates from './templates/en.json';
import frenchTemplates from './templates/fr.json';

/** A corpus file: phrases by intent. `None` holds requests the bot must refuse. */
export type PhrasesByIntent = Partial<Record<IntentName, string[]>>;

export interface LabelledPhrase {
  text: string;
  intent: IntentName;
  /** Where the phrase comes from, for cross-validation folds (a template's phrases stay together). */
  group?: string;
}

const WRITTEN: Readonly<Record<Language, PhrasesByIntent>> = { fr: french, en: english };
const TEMPLATES: Readonly<Record<Language, TemplateFile>> = {
  fr: frenchTemplates as TemplateFile, en: englishTemplates as TemplateFile,
};
const HELD_OUT: Readonly<Record<Language, PhrasesByIntent>> = { fr: heldOutFrench, en: heldOutEnglish };
const SEED: Readonly<Record<Language, number>> = { fr: 1, en: 2 };

const cache = new Map<Language, LabelledPhrase[]>();

/**
 * The phrases the classifier learns from: the written corpus (`{fr,en}.json`, where any intent's phrases
 * can be added as a new key), the phrases expanded from `templates/{fr,en}.json`, and for English the
 * public training splits.
 */
export function trainingPhrases(language: Language): LabelledPhrase[] {
  let phrases = cache.get(language);
  if (phrases === undefined) {
    const written = flatten(WRITTEN[language]);
    const generated = expandTemplates(TEMPLATES[language], SEED[language]);
    const known = new Set(written.map((p) => p.intent));
    const publicLines = language === 'en' ? publicTrainingPhrases(known).map((p) => ({ ...p, group: undefined })) : [];
    // Generated and public lines may happen to equal a test line (the public sets repeat some across splits).
    const testLines = testLineSet();
    const untested = [...generated, ...publicLines].filter((p) => !testLines.has(canonicalPhrase(p.text)));
    phrases = [...written, ...untested];
    cache.set(language, phrases);
  }
  return phrases;
}

/** Every test line (held-out and public), as `canonicalPhrase` reads it: never trained on. */
function testLineSet(): Set<string> {
  return new Set([...heldOutPhrases('fr'), ...heldOutPhrases('en')].map((p) => p.text).concat(publicTestLines()).map(canonicalPhrase));
}

/**
 * Every English public train line that trains as `None`, not only the share the classifier takes (see
 * `public-training.ts`), as the classifier reads it: the scope model learns from them all.
 */
export function publicOutOfScopeExamples(): TrainingExample[] {
  if (publicOutOfScope === undefined) {
    const known = new Set(flatten(WRITTEN.en).map((p) => p.intent));
    const testLines = testLineSet();
    publicOutOfScope = publicTrainingPhrases(known, Infinity)
      .filter((p) => p.intent === 'None' && !testLines.has(canonicalPhrase(p.text)))
      .map(({ text }) => ({ folded: readAsRecognized(text, 'en'), intent: 'None' }));
  }
  return publicOutOfScope;
}

let publicOutOfScope: TrainingExample[] | undefined;

/** Phrases kept apart from training, to measure the classifier on what it has never seen. */
export function heldOutPhrases(language: Language): LabelledPhrase[] {
  return flatten(HELD_OUT[language]);
}

function flatten(corpus: PhrasesByIntent): LabelledPhrase[] {
  return Object.entries(corpus).flatMap(([intent, texts]) =>
    (texts ?? []).map((text) => ({ text, intent: intent as IntentName })));
}

/** Training examples in the form the classifier takes: the words it reads of each phrase. */
export function trainingExamples(language: Language): TrainingExample[] {
  return trainingPhrases(language).map(({ text, intent, group }) => ({
    folded: readAsRecognized(text, language), intent, group,
  }));
}

/**
 * A training phrase read as the recognizer reads a message before it classifies it (`recognizer.ts`): SMS
 * spellings written out, an opening greeting and a letter's closing left out when a request remains. Read
 * otherwise, the classifier learnt "thx" and "pls" that it is never given ("thx" reaches it as "thanks"), and
 * learnt the "hi" and "good morning" of thousands of requests as their words, which it never is given either.
 */
function readAsRecognized(text: string, language: Language): string {
  return classificationText(withSmsSpellingsWritten(foldText(text)), language, []);
}
