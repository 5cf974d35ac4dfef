import type { DialogServices } from '../dialogs/services';
import type { CustomerVocabulary } from './nlu/types';

/** The words of the linked customer's own data that the recognizer may resolve against. */
export async function customerVocabulary(services: DialogServices, customerId: string): Promise<CustomerVocabulary> {
  const accounts = (await services.accounts.accounts(customerId)).map(({ id, type, name }) => ({ id, type, name }));
  return {
    accounts,
    merchants: await services.transactions.merchantsOf(customerId),
    categories: await services.transactions.categoriesOf(customerId),
  };
}
