import type { RecognizedEntities } from '../types';

type Reference = NonNullable<RecognizedEntities['reference']>[number];

/** Ordinal words, folded, and the position they name (1-based). */
const ORDINALS: readonly [RegExp, number][] = [
  [/\b(?:premier|premiere|1er|1ere|first|1st)\b/, 1],
  [/\b(?:deuxieme|second|seconde|2e|2eme|2nd)\b/, 2],
  [/\b(?:troisieme|third|3e|3eme|3rd)\b/, 3],
  [/\b(?:quatrieme|fourth|4e|4eme|4th)\b/, 4],
  [/\b(?:cinquieme|fifth|5e|5eme|5th)\b/, 5],
];
const MONTH = '(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|january|february|march|'
  + 'april|may|june|july|august|september|october|november|december|of|du mois)';
/** "le 1er octobre", "the 1st of May": an ordinal before a month is a date, not a position in a list. */
const ORDINAL_DATE = new RegExp(`\\b(?:1er|1ere|premier|first|1st|2nd|3rd|\\d+(?:th|e|eme))\\s+${MONTH}\\b`);
/** A message that is only a number, as an answer to a numbered list: "2", "n°2", "option 2", "le 2". */
const BARE_NUMBER = /^(?:n°|no|numero|number|option|choix|choice|le|la|#)?\s*(\d{1,2})\s*[.!?]*$/;

const LATEST = /\b(?:last|latest|most recent|newest|dernier|derniere|plus recent|plus recente|recent|recente)\b/;
/**
 * The recent ones, several: a plural of "dernier"/"récent" ("mes derniers tickets", "mes reçus récents"), or
 * an English recency word before a plural of the items listed ("my recent receipts", "my last few orders").
 */
const RECENT_FRENCH = /\b(?:derniers|dernieres|recents|recentes|plus recents|plus recentes)\b/;
const ITEMS_ENGLISH = '(?:receipts|orders|purchases|deliveries|parcels|packages|invoices|tickets|bills|ones|transactions|payments)';
const RECENT_ENGLISH = new RegExp(`\\b(?:last|latest|most recent|newest|recent)\\s+(?:few\\s+|couple of\\s+)?(?:\\w+\\s+){0,2}?${ITEMS_ENGLISH}\\b`);
/** "le mois dernier", "last week", "mes 10 derniers jours": "dernier" about a period, not about an item. */
const PERIOD_WORDS = '(?:mois|semaine|annee|an|jours?|semaines|week-?end|nuit|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)';
const LAST_PERIOD = new RegExp(`\\b${PERIOD_WORDS}\\s+(?:dernier|derniere|derniers|dernieres)\\b`
  + `|\\b(?:derniers|dernieres)\\s+(?:\\d+\\s+)?${PERIOD_WORDS}\\b`
  + '|\\b(?:last|past|previous)\\s+(?:\\d+\\s+|few\\s+|couple of\\s+)?(?:month|week|year|days?|weeks|months|weekend|night|'
  + 'monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b', 'g');

/**
 * "et celle d'avant", "et le précédent", "and the one before?", "the previous one": the item before the one
 * last shown. A period word after it ("le mois précédent", "the previous month") makes it a period shift.
 */
const PREVIOUS = new RegExp('\\b(?:celle|celui) d\\s?avant\\b|^(?:et\\s+)?(?:le|la|l) ?precedente?\\s*[?!.]*$'
  + '|\\b(?:the )?(?:one|receipt|order|purchase) before\\b|\\bthe previous(?: one| receipt)?\\s*[?!.]*$|\\bprevious one\\b');

/**
 * A reference to an item of a list the customer was shown or is about to be: the most recent one ("le
 * dernier reçu", "my latest order"), the recent ones ("mes derniers reçus", "my recent receipts": a list,
 * not the newest alone) or the one at a position ("la deuxième", "the second one", "2").
 * Months and dates ("celle de septembre") come as a `period`, which the choice compares with each item.
 */
export function findReferences(folded: string): Reference[] {
  if (PREVIOUS.test(folded.trim())) return [{ kind: 'previous' }];
  const bare = BARE_NUMBER.exec(folded);
  if (bare) return [{ kind: 'position', position: Number(bare[1]) }];
  const withoutDates = folded.replace(ORDINAL_DATE, ' ');
  for (const [pattern, position] of ORDINALS) {
    if (pattern.test(withoutDates)) return [{ kind: 'position', position }];
  }
  const withoutPeriods = folded.replace(LAST_PERIOD, ' ');
  if (RECENT_FRENCH.test(withoutPeriods) || RECENT_ENGLISH.test(withoutPeriods)) return [{ kind: 'recent' }];
  return LATEST.test(withoutPeriods) ? [{ kind: 'latest' }] : [];
}
