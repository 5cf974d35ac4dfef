import type { Language } from '../../bot/nlu/types';

const LOCALE: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' };
const formatters = new Map<string, Intl.NumberFormat>();

/**
 * `1 234,56 €` / `€1,234.56`. The amount goes to Intl as an exact decimal string, so no float ever
 * carries money, even for display.
 */
export function formatMoney(cents: number, currency: string, language: Language, signed = false): string {
  const key = `${language}:${currency}:${signed}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(LOCALE[language], {
      style: 'currency', currency, signDisplay: signed ? 'exceptZero' : 'auto',
    });
    formatters.set(key, formatter);
  }
  return formatter.format(centsToDecimal(cents) as unknown as number);
}

/** 123456 → "1234.56", -5 → "-0.05", with integer arithmetic only. */
export function centsToDecimal(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`not a whole number of cents: ${cents}`);
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

export function localeOf(language: Language): string {
  return LOCALE[language];
}
