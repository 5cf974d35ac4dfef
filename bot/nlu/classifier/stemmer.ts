import { StemmerEn } from '@nlpjs/lang-en-min';
import { StemmerFr } from '@nlpjs/lang-fr';
import type { Language } from '../types';

export type Stem = (word: string) => string;

/**
 * A Snowball stemmer for the language, called through its synchronous core. nlp.js's own `stemWord` caches
 * every word ever seen, which would grow without bound on a long-running bot fed with free text.
 */
export function stemmerFor(language: Language): Stem {
  const stemmer = language === 'fr' ? new StemmerFr() : new StemmerEn();
  return (word) => {
    stemmer.setCurrent(word);
    stemmer.innerStem();
    return stemmer.getCurrent();
  };
}
