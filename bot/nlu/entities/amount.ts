import { ENGLISH_MONTHS, FRENCH_MONTHS } from '../periods/names';
import type { RecognizedEntities } from '../types';
import { withNumberWordsAsDigits } from './numberWords';

type AmountThreshold = NonNullable<RecognizedEntities['amount']>[number];

/** "au moins 50 €", "at least 50": the amount itself counts (≥); "plus de", "above" leave it out (>). */
const AT_LEAST = "au moins|au minimum|at least|no less than|minimum of";
const AT_MOST = "au plus|au maximum|at most|no more than|maximum of";
const GREATER = "plus de|plus que|superieure?s? a|au[- ]dessus de|more than|over|above|greater than|bigger than|larger than|>";
const LESS = "moins de|moins que|inferieure?s? a|en[- ]dessous de|sous|less than|under|below|cheaper than|<";
const CURRENCY = "€|£|\\$|eur|euros?|e|balles|bucks|dollars?|pounds?|quid|gbp|usd";
/** A number with thousands grouped by space, dot or narrow space ("1 000"), or plain ("1000"), then decimals. */
const NUMBER = "(\\d{1,3}(?:[ .\\u202f]\\d{3})+|\\d+)(?:[.,](\\d{1,2}))?(?!\\d)";
/** After a number, these words say it counts something other than money ("plus de 3 jours"). */
const NOT_MONEY = "jours?|semaines?|mois|ans?|annees?|days?|weeks?|months?|years?|fois|times|transactions?|achats?|purchases?|operations?";

const THRESHOLD = new RegExp(
  `(?:^|[^a-z])(${AT_LEAST}|${AT_MOST}|${GREATER}|${LESS})\\s*(?:(${CURRENCY})\\s*)?${NUMBER}\\s*(?:(${CURRENCY})(?![a-z])|(${NOT_MONEY})(?![a-z]))?`,
  'g',
);
/** What a payment is called, for an amount that names one: "le paiement de 49,99 €", "the 49.99 payment". */
const PAYMENT = 'paiements?|payments?|operations?|transactions?|achats?|purchases?|prelevements?|debits?|charges?|depenses?|'
  + 'virements?|transfers?|versements?|montant|amount';
const EXACT = [
  new RegExp(`\\b(?:${PAYMENT})\\s+(?:de|d'un montant de|du montant de|of|for|at)\\s*(?:(${CURRENCY})\\s*)?${NUMBER}\\s*(?:(${CURRENCY})(?![a-z])|(${NOT_MONEY})(?![a-z]))?`, 'g'),
  new RegExp(`\\b(?:the|a|an|that|this|le|la|ce|cette|un|une)\\s+(?:(${CURRENCY})\\s*)?${NUMBER}\\s*(?:(${CURRENCY})\\s+)?(?:${PAYMENT})\\b()`, 'g'),
];
const COMPARISON_OF: readonly [RegExp, AmountThreshold['comparison']][] = [
  [new RegExp(`^(?:${AT_LEAST})$`), 'gte'], [new RegExp(`^(?:${AT_MOST})$`), 'lte'], [new RegExp(`^(?:${GREATER})$`), 'gt'],
];
/** A number then its currency, or the currency first, as in a range's bound. */
const BOUND = `(?:(?:${CURRENCY})\\s*)?${NUMBER}\\s*(?:(?:${CURRENCY})(?![a-z]))?`;
/**
 * "entre 20 et 30 euros", "between 20 and 30": both bounds, included. A day named after the second number
 * ("entre 3 et 10 novembre") or a count ("entre 2 et 3 jours") makes it no amount.
 */
const RANGE = new RegExp(
  `(?:^|[^a-z])(?:entre|between)\\s+${BOUND}\\s*(?:et|and|-)\\s*${BOUND}(?!\\s*(?:st|nd|rd|th|er)?\\s*(?:of\\s+)?(?:${[...Object.keys(FRENCH_MONTHS), ...Object.keys(ENGLISH_MONTHS), NOT_MONEY].join('|')})(?![a-z]))`,
  'g',
);

/**
 * Amount thresholds ("plus de 100 €", "under £5.50") in integer cents, read from the digits: never through
 * a float, so 19.99 is 1999 and not 1998.9999. Numbers in words count as their digits ("plus de septante euros").
 */
export function findAmounts(message: string): AmountThreshold[] {
  const folded = withNumberWordsAsDigits(message);
  const range = amountRange(folded);
  if (range.length > 0) return range;
  const thresholds: AmountThreshold[] = [];
  for (const match of folded.matchAll(THRESHOLD)) {
    const [, comparator, , units, decimals, , countedThing] = match;
    if (countedThing !== undefined) continue;
    thresholds.push({ cents: toCents(units, decimals), comparison: COMPARISON_OF.find(([pattern]) => pattern.test(comparator))?.[1] ?? 'lt' });
  }
  return thresholds.length > 0 ? thresholds : exactAmounts(folded);
}

/** The two bounds of an amount range, lower first, both included (given in either order). */
function amountRange(folded: string): AmountThreshold[] {
  for (const match of folded.matchAll(RANGE)) {
    const [, lowUnits, lowDecimals, highUnits, highDecimals] = match;
    const [low, high] = [toCents(lowUnits, lowDecimals), toCents(highUnits, highDecimals)].sort((a, b) => a - b);
    return [{ cents: low, comparison: 'gte' }, { cents: high, comparison: 'lte' }];
  }
  return [];
}

/** One exact amount a payment is named by, in cents: a search by that amount, never a threshold. */
function exactAmounts(folded: string): AmountThreshold[] {
  const found: AmountThreshold[] = [];
  for (const pattern of EXACT) {
    for (const match of folded.matchAll(pattern)) {
      const [, before, units, decimals, after, countedThing] = match;
      // Without cents or a currency, "the 5 transactions" and "transactions of 2025" are a count and a year.
      if (countedThing || (decimals === undefined && before === undefined && after === undefined)) continue;
      found.push({ cents: toCents(units, decimals), comparison: 'eq' });
    }
  }
  return found;
}

const ALERT_LEVEL = new RegExp(`(?:^|[^a-z])(?:at|of|a|de)\\s*(?:(${CURRENCY})\\s*)?${NUMBER}\\s*(?:(${CURRENCY})(?![a-z]))?(?!\\s*(?:${NOT_MONEY})(?![a-z]))`);

/**
 * The level of a low-balance alert named without "below" ("set a low balance alert at 100 euros",
 * "une alerte de solde à 150 €"): the alert is about going under it, so it reads as a "less than".
 */
export function findAlertLevel(folded: string): AmountThreshold[] {
  const match = ALERT_LEVEL.exec(withNumberWordsAsDigits(folded));
  return match ? [{ cents: toCents(match[2], match[3]), comparison: 'lt' }] : [];
}

function toCents(units: string, decimals: string | undefined): number {
  const whole = Number(units.replace(/\D/g, ''));
  const fraction = Number((decimals ?? '').padEnd(2, '0'));
  return whole * 100 + fraction;
}
