/** Month and weekday names as people type them, folded (no accents), with their usual abbreviations. */

/** Month index 0-11 by name. */
export const FRENCH_MONTHS: Readonly<Record<string, number>> = {
  janvier: 0, janv: 0, fevrier: 1, fevr: 1, fev: 1, mars: 2, avril: 3, avr: 3, mai: 4, juin: 5,
  juillet: 6, juil: 6, aout: 7, septembre: 8, sept: 8, octobre: 9, oct: 9, novembre: 10, nov: 10,
  decembre: 11, dec: 11,
};

export const ENGLISH_MONTHS: Readonly<Record<string, number>> = {
  january: 0, jan: 0, february: 1, feb: 1, march: 2, mar: 2, april: 3, apr: 3, may: 4, june: 5, jun: 5,
  july: 6, jul: 6, august: 7, aug: 7, september: 8, sept: 8, sep: 8, october: 9, oct: 9, november: 10,
  nov: 10, december: 11, dec: 11,
};

/**
 * English month words that are also ordinary words, so they only count after a preposition ("sept" is
 * French for seven, and English rules also read French messages that name no French period).
 */
export const AMBIGUOUS_ENGLISH_MONTHS: readonly string[] = ['may', 'mar', 'jan', 'sept'];

/** ISO weekday 1 (Monday) … 7 (Sunday). */
export const FRENCH_WEEKDAYS: Readonly<Record<string, number>> = {
  lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6, dimanche: 7,
};

export const ENGLISH_WEEKDAYS: Readonly<Record<string, number>> = {
  monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4, thurs: 4,
  friday: 5, fri: 5, saturday: 6, sat: 6, sunday: 7, sun: 7,
};

/** A regex alternation of the names, longest first so that "septembre" wins over "sept". */
export function alternation(names: readonly string[]): string {
  return [...names].sort((a, b) => b.length - a.length).join('|');
}
