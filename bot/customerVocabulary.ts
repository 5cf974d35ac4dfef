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

/** Customers whose vocabulary is kept: a few kilobytes each; past this, the least recently used goes. */
const KEPT_CUSTOMERS = 20_000;

/**
 * Each customer's vocabulary read once (three queries, about a fifth of a turn's SQLite time) and kept
 * until the bank's data changes: an import or another process's write (`dataVersion` moves), or an
 * event taken in by this process (`forgetAll`). A stale vocabulary would only miss a new merchant's name.
 */
export class VocabularyCache {
  private readonly kept = new Map<string, CustomerVocabulary>();
  private version: number | undefined;

  constructor(
    private readonly read: (customerId: string) => CustomerVocabulary,
    private readonly dataVersion: () => number,
    private readonly capacity = KEPT_CUSTOMERS,
  ) {}

  of(customerId: string): CustomerVocabulary {
    const version = this.dataVersion();
    if (version !== this.version) this.forgetAll();
    this.version = version;
    const kept = this.kept.get(customerId);
    // Deleted and set again: a Map keeps insertion order, so its first key is the least recently used.
    if (kept) this.kept.delete(customerId);
    const vocabulary = kept ?? this.read(customerId);
    this.kept.set(customerId, vocabulary);
    if (this.kept.size > this.capacity) this.kept.delete(this.kept.keys().next().value as string);
    return vocabulary;
  }

  forgetAll(): void {
    this.kept.clear();
  }
}
