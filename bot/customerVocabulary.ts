import type { AccountStore } from '../data/accountStore';
import type { TransactionStore } from '../data/transactionStore';
import type { CustomerVocabulary } from './nlu/types';

/** The stores a customer's vocabulary is read from. */
export interface VocabularySources {
  accounts: Pick<AccountStore, 'accounts'>;
  transactions: Pick<TransactionStore, 'merchantsOf' | 'categoriesOf'>;
}

/** The words of the linked customer's own data that the recognizer may resolve against. */
export async function customerVocabulary(sources: VocabularySources, customerId: string): Promise<CustomerVocabulary> {
  const accounts = (await sources.accounts.accounts(customerId)).map(({ id, type, name }) => ({ id, type, name }));
  return {
    accounts,
    merchants: await sources.transactions.merchantsOf(customerId),
    categories: await sources.transactions.categoriesOf(customerId),
  };
}
