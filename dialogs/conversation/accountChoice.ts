import type { RecognizedEntities } from '../recognized';
import type { Account } from '../../data/types';
import { maskAccountNumber } from '../format/mask';
import type { Option } from './options';

export type WantedAccount = NonNullable<RecognizedEntities['account']>[number];

/**
 * The customer's accounts a request names: the one named ("Livret A"), those of a type ("my savings"),
 * the card ending in the digits given, or none when the request names no account (or a card the customer
 * does not hold). The dialogs decide what none means for them (`unknownCardReply` for a card's digits).
 */
export function accountsNamed(accounts: readonly Account[], wanted: WantedAccount | undefined): Account[] {
  if (!wanted) return [];
  // A card named by its digits is that card or none: "carte 1881" is never the customer's card 4242.
  if (wanted.cardLast4) return accounts.filter((account) => account.type === 'credit_card' && account.cardLast4 === wanted.cardLast4);
  return accounts.filter((account) => (wanted.id ? account.id === wanted.id : account.type === wanted.type));
}

/** The customer's accounts any of the wanted ones names: "mon livret A et mon compte courant" names two. */
export function accountsNamedByAny(accounts: readonly Account[], wanted: readonly WantedAccount[]): Account[] {
  return accounts.filter((account) => wanted.some((one) => accountsNamed([account], one).length > 0));
}

/** The accounts but those the request leaves out ("sauf le LA"): all of them when it leaves none out. */
export function accountsNotLeftOut(accounts: Account[], leftOut: readonly WantedAccount[] | undefined): Account[] {
  if (!leftOut?.length) return accounts;
  const kept = accounts.filter((account) => !leftOut.some((one) => accountsNamed([account], one).length > 0));
  return kept.length > 0 ? kept : accounts;
}

/** Accounts as options of a choice: named as the customer calls them, with the masked number to tell them apart. */
export function accountOptions(accounts: readonly Account[]): Option[] {
  return accounts.map((account) => ({
    id: account.id,
    title: account.name,
    line: lineOf(account),
    names: [account.name],
  }));
}

/** "Livret A (FR76 •••• •••• 0987)"; the name alone when the bank gave no number to mask. */
function lineOf(account: Account): string {
  const masked = maskAccountNumber(account);
  return masked ? `${account.name} (${masked})` : account.name;
}
