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
