import type { Language } from './nlu/types';

/** `fr-FR`, `fr_CA`, `FR` → fr; anything else → en only when it says English, otherwise the bank's French. */
export function languageOfLocale(locale: string | undefined): Language {
  if (!locale) return 'fr';
  return locale.toLowerCase().startsWith('en') ? 'en' : 'fr';
}
