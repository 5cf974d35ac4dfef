import type { AccountStore } from '../../data/accountStore';
import type { TransactionStore } from '../../data/transactionStore';
import type { CustomerVocabulary } from '../nlu/types';

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

/** Customers whose vocabulary is kept: a few kilobytes each; past this, the least recently used goes. */
const KEPT_CUSTOMERS = 20_000;

/**
 * Each customer's vocabulary read once (three queries, about a fifth of a turn's SQLite time) and kept
 * until the bank's data changes: an import or another process's write (`dataVersion` moves), or an
 * event taken in by this process (`forgetAll`). A stale vocabulary would only miss a new merchant's name.
 */
export class VocabularyCache {
  private readonly kept = new Map<string, Promise<CustomerVocabulary>>();
  private version: number | undefined;

  constructor(
    private readonly read: (customerId: string) => Promise<CustomerVocabulary>,
    private readonly dataVersion: () => number,
    private readonly capacity = KEPT_CUSTOMERS,
  ) {}

  /** Kept as the promise of its read, so that two turns of one customer at once read it once. */
  of(customerId: string): Promise<CustomerVocabulary> {
    const version = this.dataVersion();
    if (version !== this.version) this.forgetAll();
    this.version = version;
    const kept = this.kept.get(customerId);
    // Deleted and set again: a Map keeps insertion order, so its first key is the least recently used.
    if (kept) this.kept.delete(customerId);
    const vocabulary = kept ?? this.read(customerId);
    this.kept.set(customerId, vocabulary);
    // A read that failed is not kept: the next turn reads again.
    if (!kept) vocabulary.catch(() => { if (this.kept.get(customerId) === vocabulary) this.kept.delete(customerId); });
    if (this.kept.size > this.capacity) this.kept.delete(this.kept.keys().next().value as string);
    return vocabulary;
  }

  forgetAll(): void {
    this.kept.clear();
  }
}
