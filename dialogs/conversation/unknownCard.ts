import type { Activity } from 'botbuilder';
import type { Account } from '../../data/types';
import { maskAccountNumber } from '../format/mask';
import { withQuickReplies } from '../replies';
import { textsFor } from '../texts';
import type { Language } from '../../data/language';
import type { WantedAccount } from './accountChoice';

/**
 * "carte 1881" when none of the customer's cards ends in 1881: said so, with the cards there are by their
 * last four digits, and nothing else (another card's operations would look like the answer). Undefined
 * when the request names no card by its digits.
 */
export function unknownCardReply(wanted: WantedAccount | undefined, accounts: readonly Account[], language: Language, quickReplies: string[]): Partial<Activity> | undefined {
  if (!wanted?.cardLast4) return undefined;
  const cards = accounts.filter((account) => account.type === 'credit_card')
    .map((card) => {
      const masked = maskAccountNumber(card);
      return masked ? `${card.name} (${masked})` : card.name;
    });
  return withQuickReplies(textsFor(language).noCardEnding(wanted.cardLast4, cards), quickReplies);
}
