import type { Language } from '../data/language';

/**
 * The language to answer in when a locale is all there is (the channel's, or the customer's in the bank's
 * records): `fr-FR`, `fr_CA`, `FR` → fr; English only when it says English, otherwise the bank's French.
 * (The recognizer's own reading of a locale, `bot/nlu/language`, gives no language for one it does not speak.)
 */
export function answerLanguageOf(locale: string | undefined): Language {
  if (!locale) return 'fr';
  return locale.toLowerCase().startsWith('en') ? 'en' : 'fr';
}
