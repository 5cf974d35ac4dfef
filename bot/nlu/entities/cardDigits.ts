import { words } from '../text/normalize';
import type { RecognizedEntities } from '../types';

type AccountEntity = NonNullable<RecognizedEntities['account']>[number];

/**
 * A card named by its last four digits (folded): "carte 1881", "ma cb qui finit par 1881", "my card ending
 * in 1881", "visa 4242". Only the words that say "ending" may come between the card and its digits, so that
 * "la carte en 2025" stays a year.
 */
const CARD_DIGITS = new RegExp(String.raw`\b(?:cartes?|cb|card|cards|visa|mastercard|amex)`
  + String.raw`(?:\s+(?:bancaire|bleue|de credit|credit|debit|premier|n|no|num|numero|number|nr|qui|se|termine|terminant|finit|finissant|`
  + String.raw`par|ending|ends|that|in|with|which|the|last|digits|four|4|xxxx|\*+))*\s*[#:]?\s*(\d{4})\b`);

/** The last four digits a message gives a card, if any. */
export function findCardDigits(folded: string): { digits: string; text: string } | undefined {
  const match = CARD_DIGITS.exec(folded);
  return match ? { digits: match[1], text: match[0] } : undefined;
}

/**
 * The accounts named, the card's digits given their say: the card named by type ("carte" is the customer's
 * only card) becomes the card ending in those digits, which the dialogs look for among the customer's
 * cards; a card named by its digits alone is added.
 */
export function withCardDigits(accounts: AccountEntity[], card: { digits: string; text: string } | undefined): AccountEntity[] {
  if (!card) return accounts;
  const byDigits: AccountEntity = { type: 'credit_card', text: card.text, cardLast4: card.digits };
  const at = accounts.findIndex((account) => account.type === 'credit_card');
  return at < 0 ? [byDigits, ...accounts] : accounts.map((account, i) => (i === at ? byDigits : account));
}

/** What may stand beside a card's digits in a message that only names the card ("et ma carte 1881 ?"). */
const ONLY_NAMING = new Set('et and ma mon la le sur de du my the on what about for pour quid ok'.split(' '));

/**
 * "carte 1881", "my card ending 1881": a card named by its digits and nothing else is a question about
 * that card, answered with its balance (or with the cards there are when none ends so). Any other word
 * ("cancel card 1881") leaves the classifier's reading alone.
 */
export function namesCardOnly(folded: string, entities: RecognizedEntities): boolean {
  const card = entities.account?.find((account) => account.cardLast4 !== undefined);
  return card !== undefined && words(folded.replace(card.text, ' ')).every((word) => ONLY_NAMING.has(word));
}
