import type { Language } from '../../data/language';
import { zonedInstant } from '../../data/time';
import { formatShortDay } from './dates';

/** "8 déc." / "8 Dec" for a bank-zone `YYYY-MM-DD` (the list formatter takes instants: noon of that day). */
export function formatShortDate(date: string, language: Language, timeZone: string, now: Date): string {
  const [year, month, day] = date.split('-').map(Number);
  return formatShortDay(zonedInstant(timeZone, year, month - 1, day, 12).toISOString(), language, timeZone, now);
}
