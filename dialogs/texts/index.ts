import type { Language } from '../../data/language';
import { en } from './en';
import { fr } from './fr';

/** The strings of one language; French and English have exactly the same keys (checked by the compiler). */
export type Texts = typeof en;

const BY_LANGUAGE: Record<Language, Texts> = { en, fr };

export function textsFor(language: Language): Texts {
  return BY_LANGUAGE[language];
}
