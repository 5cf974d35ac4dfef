import type { Language } from '../../data/language';
import { localeOf } from './money';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** `28/05/2027`: the day of an instant in the bank's zone. */
export function formatNumericDate(instant: string | Date, language: Language, timeZone: string): string {
  return formatter(language, timeZone, { dateStyle: 'short' }).format(new Date(instant));
}

function formatter(language: Language, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}:${timeZone}:${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(localeOf(language), { ...options, timeZone });
    formatters.set(key, found);
  }
  return found;
}
