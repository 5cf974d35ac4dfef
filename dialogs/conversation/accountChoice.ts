import type { RecognizedEntities } from '../recognized';
import type { Account } from '../../data/types';
import { maskAccountNumber } from '../format/mask';
import type { Option } from './options';

export type WantedAccount = NonNullable<RecognizedEntities['account']>[number];

/**
 * The customer's accounts a request names: the one named ("Livret A"), those of a type ("my savings"),
 * or none when the request names no account. The dialogs decide what none means for them.
 */
export function accountsNamed(accounts: readonly Account[], wanted: WantedAccount | undefined): Account[] {
  if (!wanted) return [];
  return accounts.filter((account) => (wanted.id ? account.id === wanted.id : account.type === wanted.type));
}

/** The customer's accounts any of the wanted ones names: "mon livret A et mon compte courant" names two. */
export function accountsNamedByAny(accounts: readonly Account[], wanted: readonly WantedAccount[]): Account[] {
  return accounts.filter((account) => wanted.some((one) => accountsNamed([account], one).length > 0));
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
