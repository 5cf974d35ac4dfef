import { withNumberWordsAsDigits } from './numberWords';

/** Words and signs that name a currency next to an amount, by ISO 4217 code ("e" and "balles" are too loose to say more than the amount). */
const CURRENCY_WORDS: readonly [string, string][] = [
  ['EUR', '€|eur|euros?'],
  ['GBP', '£|gbp|pounds?(?: sterling)?|quid|livres?(?: sterling)?'],
  ['USD', '\\$|usd|dollars?|bucks'],
];
const NUMBER = '\\d+(?:[ .,\\u202f\\u00a0]\\d+)*';

/** A currency word or sign beside a number, before or after it, with the space between. */
const CURRENCY_BESIDE = new RegExp(CURRENCY_WORDS.map(([, names]) => `(?<=\\d)\\s*(?:${names})(?![a-z])|(?<![a-z])(?:${names})\\s*(?=\\d)`).join('|'), 'g');

/**
 * The message without the currency words of its amounts ("transactions between 20 and 30 quid" →
 * "transactions between 20 and 30"), when it names a currency; the numbers in words are written as digits.
 */
export function withoutCurrencyWords(message: string): string[] {
  if (findCurrencies(message).length === 0) return [];
  return [withNumberWordsAsDigits(message).replace(CURRENCY_BESIDE, '').replace(/\s+/g, ' ').trim()];
}

/**
 * The currencies the message's amounts are named in ("below 50 pounds", "sous 50 £", "$20"), each once:
 * an amount in another currency than the account's must not be read as the account's money.
 */
export function findCurrencies(message: string): string[] {
  const folded = withNumberWordsAsDigits(message);
  return CURRENCY_WORDS
    .filter(([, names]) => new RegExp(`${NUMBER}\\s*(?:${names})(?![a-z])|(?:^|[^a-z])(?:${names})\\s*${NUMBER}`).test(folded))
    .map(([code]) => code);
}
