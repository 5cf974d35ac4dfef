import type { DialogServices } from '../dialogs/services';
import type { CustomerVocabulary } from './nlu/types';

/** The words of the linked customer's own data that the recognizer may resolve against. */
export function customerVocabulary(services: DialogServices, customerId: string): CustomerVocabulary {
  const accounts = services.accounts.accounts(customerId).map(({ id, type, name }) => ({ id, type, name }));
  return {
    accounts,
    merchants: services.transactions.merchantsOf(customerId),
    categories: services.transactions.categoriesOf(customerId),
  };
}
