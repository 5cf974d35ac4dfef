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
  const byType = findAccountType(folded, messageWords);
  if (byType === undefined) return undefined;
  const ofThatType = vocabulary?.accounts.filter((account) => account.type === byType.type) ?? [];
  return ofThatType.length === 1 ? { id: ofThatType[0].id, ...byType } : byType;
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
