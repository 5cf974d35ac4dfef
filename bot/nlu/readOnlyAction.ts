import lexicon from './lexicon/readOnlyActions.json';
import { words } from './text/normalize';
import type { Language } from './types';

interface ActionWords {
  verbs: ReadonlySet<string>;
  things: ReadonlySet<string>;
  unless: readonly string[];
}

const WORDS: Readonly<Record<Language, ActionWords>> = {
  fr: { verbs: new Set(lexicon.fr.verbs), things: new Set(lexicon.fr.things), unless: lexicon.fr.unless },
  en: { verbs: new Set(lexicon.en.verbs), things: new Set(lexicon.en.things), unless: lexicon.en.unless },
};

/**
 * Whether the words the classifier reads ask to change something the assistant only reads ("reporte ma
 * livraison", "cancel my order", "delete the transaction"): a verb of change before the thing. Such a
 * request is refused even when the thing's name pulls towards a data intent; turning alerts about those
 * things on or off is a Notifications request, and erasing data a Privacy one, so they are left alone.
 */
export function asksToChangeReadOnlyData(text: string, language: Language): boolean {
  const { verbs, things, unless } = WORDS[language];
  if (unless.some((word) => ` ${text} `.includes(` ${word} `))) return false;
  const messageWords = words(text);
  const verbAt = messageWords.findIndex((word) => verbs.has(word));
  return verbAt >= 0 && messageWords.slice(verbAt + 1).some((word) => things.has(word));
}
