import type { Db } from '../../data/database';
import { conversationWrite } from '../../data/durability';

/** A write a turn put off to its end: a call of an existing store method. */
export interface DeferredWrite {
  run: () => unknown;
  /** Whether it belongs to a family synced at every commit (the audit log): the batch then commits at FULL. */
  durable: boolean;
  /** The state documents it writes, if any. */
  keys?: readonly string[];
}

interface Waiting {
  writes: DeferredWrite[];
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit: the end-of-turn writes of every turn that finishes in the same turn of the event loop go
 * in one SQLite transaction, so that fifty turns at once pay one `fsync` for their audit lines instead of
 * fifty (better-sqlite3 is synchronous: an `fsync` blocks every other turn of the process while it lasts).
 * Each turn's writes sit in their own savepoint: a turn whose write fails is rolled back and told, the
 * others commit. The writes are the stores' own methods, called unchanged inside the transaction.
 */
export class GroupCommit {
  private waiting: Waiting[] = [];

  constructor(private readonly db: Db) {}

  /** Resolves once `writes` are committed; rejects with the first of them that failed. */
  commit(writes: DeferredWrite[]): Promise<void> {
    if (writes.length === 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.waiting.push({ writes, resolve, reject });
      if (this.waiting.length === 1) setImmediate(() => this.flush());
    });
  }

  private flush(): void {
    const batch = this.waiting;
    this.waiting = [];
    const outcomes: Promise<unknown>[] = [];
    const all = this.db.transaction(() => {
      for (const turn of batch) outcomes.push(this.inSavepoint(turn.writes));
    });
    try {
      if (batch.some((turn) => turn.writes.some((write) => write.durable))) all();
      else conversationWrite(this.db, all);
    } catch (error) {
      // The whole transaction is rolled back: every turn of the batch is told, none of its writes is kept.
      outcomes.forEach((outcome) => outcome.catch(() => undefined));
      for (const turn of batch) turn.reject(error);
      return;
    }
    batch.forEach((turn, index) => {
      outcomes[index]?.then(turn.resolve, turn.reject);
    });
  }

  /** One turn's writes; an asynchronous store method (the state `Storage`) still runs its SQL synchronously, within. */
  private inSavepoint(writes: DeferredWrite[]): Promise<unknown> {
    try {
      const results = this.db.transaction(() => writes.map((write) => write.run()))();
      return Promise.all(results);
    } catch (error) {
      return Promise.reject(error);
    }
  }
}
