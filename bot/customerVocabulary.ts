import type { AccountStore } from '../data/accountStore';
import type { TransactionStore } from '../data/transactionStore';
import type { CustomerVocabulary } from './nlu/types';

/** The stores a customer's vocabulary is read from. */
export interface VocabularySources {
  accounts: Pick<AccountStore, 'accounts'>;
  transactions: Pick<TransactionStore, 'merchantsOf' | 'categoriesOf'>;
}

/** The words of the linked customer's own data that the recognizer may resolve against. */
export function customerVocabulary(sources: VocabularySources, customerId: string): CustomerVocabulary {
  const accounts = sources.accounts.accounts(customerId).map(({ id, type, name }) => ({ id, type, name }));
  return {
    accounts,
    merchants: sources.transactions.merchantsOf(customerId),
    categories: sources.transactions.categoriesOf(customerId),
  };
}
