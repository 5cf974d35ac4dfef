import type { Language } from '../../data/language';
import { formatCents } from '../../data/money';

const LOCALE: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' };
const formatters = new Map<string, Intl.NumberFormat>();

/**
 * `1 234,56 €` / `€1,234.56`. The amount goes to Intl as an exact decimal string, so no float ever
 * carries money, even for display.
 */
export function formatMoney(cents: number, currency: string, language: Language, signed = false): string {
  const decimal = storedCentsToDecimal(cents);
  const formatter = currencyFormatter(currency, language, signed);
  // A stored value is shown as it is, never thrown on: a bad currency code falls back to the plain number.
  if (!formatter) return `${plainFormatter(language, signed).format(decimal as unknown as number)} ${String(currency)}`;
  return formatter.format(decimal as unknown as number);
}

function currencyFormatter(currency: string, language: Language, signed: boolean): Intl.NumberFormat | null {
  const key = `${language}:${currency}:${signed}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    try {
      formatter = new Intl.NumberFormat(LOCALE[language], { style: 'currency', currency, signDisplay: signed ? 'exceptZero' : 'auto' });
    } catch {
      return null;
    }
    formatters.set(key, formatter);
  }
  return formatter;
}

function plainFormatter(language: Language, signed: boolean): Intl.NumberFormat {
  return new Intl.NumberFormat(LOCALE[language], { minimumFractionDigits: 2, signDisplay: signed ? 'exceptZero' : 'auto' });
}

/**
 * Exact for every amount the bank's bounds allow; a value stored before the bounds (beyond 2^53, or not
 * a whole number) is shown as the integer nearest to what the database returned rather than refused.
 */
function storedCentsToDecimal(cents: number): string {
  if (Number.isSafeInteger(cents)) return formatCents(cents);
  if (!Number.isFinite(cents)) return '0.00';
  const whole = BigInt(Math.round(cents));
  const magnitude = whole < 0n ? -whole : whole;
  return `${whole < 0n ? '-' : ''}${magnitude / 100n}.${String(magnitude % 100n).padStart(2, '0')}`;
}

export function localeOf(language: Language): string {
  return LOCALE[language];
}
