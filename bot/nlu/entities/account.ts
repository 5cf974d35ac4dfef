import accountTypeSynonyms from '../lexicon/accountTypes.json';
import type { AccountType } from '../../../data/types';
import type { CustomerVocabulary, RecognizedEntities } from '../types';
import { nameMatcher, phraseMatcher, type PhraseMatcher } from './phrases';

type AccountEntity = NonNullable<RecognizedEntities['account']>[number];
const TYPE_MATCHERS: readonly { type: AccountType; matches: PhraseMatcher }[] = Object.entries(accountTypeSynonyms)
  .flatMap(([type, phrases]) => phrases.map((phrase) => ({ type: type as AccountType, matches: phraseMatcher(phrase) })));

/**
 * The account a message is about. A customer's account named as it is called ("Livret A") gives its id;
 * a type ("savings", "carte") gives the type, and the id too when the customer has one account of it.
 */
export function findAccount(
  folded: string, messageWords: readonly string[], vocabulary?: CustomerVocabulary,
): AccountEntity | undefined {
  for (const account of vocabulary?.accounts ?? []) {
    const text = nameMatcher(account.name)(folded, messageWords);
    if (text !== undefined) return { id: account.id, type: account.type, text };
  }
  const joint = JOINT.exec(folded);
  if (joint) return { text: joint[0] };
  const byType = findAccountType(folded, messageWords);
  if (byType === undefined) return undefined;
  const ofThatType = vocabulary?.accounts.filter((account) => account.type === byType.type) ?? [];
  return ofThatType.length === 1 ? { id: ofThatType[0].id, ...byType } : byType;
}

/**
 * A joint account is a kind the bank's records do not tell apart: named, and not one of the customer's
 * accounts by its own name (checked first), it is wanted as such, with no type, so that no other account
 * stands in for it and the answer says the customer has none.
 */
const JOINT = /\b(?:(?:compte|cpte?) (?:joint|commun)|joint (?:current )?(?:account|acct|acc)|shared (?:bank )?account)\b/;

/** Words that leave out the account named right after them: "pas le livret", "not the savings", "sauf le LA". */
const LEFT_OUT_BEFORE = /\b(?:pas|sauf|hors|excepte|sans|not|except|excluding|without|but not|other than|apart from)\s+(?:(?:celui|celle|ceux)\s+)?(?:(?:du|de|des|d'|sur|on)\s*)?(?:(?:le|la|les|l'|mon|ma|mes|the|my)\s*)?$/;

/** The accounts the message names except those it leaves out ("mon compte courant, pas le livret"). */
export function findAccountsNamed(
  folded: string, messageWords: readonly string[], vocabulary?: CustomerVocabulary,
): AccountEntity[] {
  return accountsInOrder(folded, messageWords, vocabulary).filter((account) => !leftOut(folded, account.text));
}

function leftOut(folded: string, text: string): boolean {
  const at = folded.indexOf(text);
  return at >= 0 && LEFT_OUT_BEFORE.test(folded.slice(0, at));
}

/** The account a message is about first (`findAccount`), then any other it names: "mon livret A et mon compte courant". */
function accountsInOrder(
  folded: string, messageWords: readonly string[], vocabulary?: CustomerVocabulary,
): AccountEntity[] {
  const first = findAccount(folded, messageWords, vocabulary);
  if (!first) return [];
  const others = findAccounts(folded, messageWords, vocabulary)
    .filter((other) => other.text !== first.text && (other.id === undefined || other.id !== first.id));
  return [first, ...others];
}

/**
 * Every account a message names, in the order named: "le solde de mon livret A et de mon compte courant"
 * asks for two. A type already covered by an account named as it is called, or inside a longer phrase
 * ("compte" in "compte épargne"), adds nothing.
 */
function findAccounts(
  folded: string, messageWords: readonly string[], vocabulary?: CustomerVocabulary,
): AccountEntity[] {
  const found: (AccountEntity & { at: number })[] = [];
  for (const account of vocabulary?.accounts ?? []) {
    const text = nameMatcher(account.name)(folded, messageWords);
    if (text !== undefined) found.push({ id: account.id, type: account.type, text, at: folded.indexOf(text) });
  }
  const typed = TYPE_MATCHERS.flatMap(({ type, matches }) => {
    const text = matches(folded, messageWords);
    return text === undefined ? [] : [{ type, text }];
  });
  for (const { type, text } of typed) {
    if (typed.some((other) => other.text.length > text.length && other.text.includes(text))) continue;
    if (found.some((named) => named.type === type || named.text.includes(text) || text.includes(named.text))) continue;
    const ofThatType = vocabulary?.accounts.filter((account) => account.type === type) ?? [];
    const entity = ofThatType.length === 1 ? { id: ofThatType[0].id, type, text } : { type, text };
    found.push({ ...entity, at: folded.indexOf(text) });
  }
  return found.sort((a, b) => a.at - b.at).map(({ at: _at, ...entity }) => entity);
}

/** The longest type phrase wins: "compte epargne" is savings even though "compte" alone says nothing. */
function findAccountType(folded: string, messageWords: readonly string[]): { type: AccountType; text: string } | undefined {
  let best: { type: AccountType; text: string } | undefined;
  for (const { type, matches } of TYPE_MATCHERS) {
    const text = matches(folded, messageWords);
    if (text !== undefined && (best === undefined || text.length > best.text.length)) best = { type, text };
  }
  return best;
}
