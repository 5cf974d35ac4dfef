import type { Language } from '../../bot/nlu/types';
import { en, type Texts } from './en';
import { fr } from './fr';

const BY_LANGUAGE: Record<Language, Texts> = { en, fr };

export function textsFor(language: Language): Texts {
  return BY_LANGUAGE[language];
}

export type { Texts };
