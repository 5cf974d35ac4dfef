import { heldConversation, type HeldConversation } from '../../data/conversationLock';
import type { SqlClient } from '../../data/sql/sqlClient';

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
  /** The turn's hold on its conversation, confirmed in the transaction before its writes. */
  held?: HeldConversation;
  /** The turn's last commit: the hold may be let go in it. */
  last: boolean;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/** How one turn's writes ended. */
type Outcome = { ok: true } | { ok: false; error: unknown };

/**
 * Group commit: the end-of-turn writes of every turn that finishes in the same turn of the event loop go
 * in one transaction, so that fifty turns at once pay one `fsync` for their audit lines instead of
 * fifty (on SQLite an `fsync` blocks every other turn of the process while it lasts). Each turn's
 * writes sit in their own nested transaction (a savepoint): a turn whose write fails is rolled back and
 * told, the others commit. The writes are the stores' own methods, called unchanged inside the transaction.
 */
export class GroupCommit {
  private waiting: Waiting[] = [];

  constructor(private readonly sql: SqlClient) {}

  /** Resolves once `writes` are committed; rejects with the first of them that failed. `last`: the turn's last commit. */
  commit(writes: DeferredWrite[], last = false): Promise<void> {
    if (writes.length === 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.waiting.push({ writes, held: heldConversation(), last, resolve, reject });
      if (this.waiting.length === 1) setImmediate(() => void this.flush());
    });
  }

  private async flush(): Promise<void> {
    const batch = this.waiting;
    this.waiting = [];
    const all = async () => {
      const outcomes: Outcome[] = [];
      for (const turn of batch) outcomes.push(await this.inSavepoint(turn));
      return outcomes;
    };
    let outcomes: Outcome[];
    try {
      // Only the audit log needs its commit synced; a batch of conversation writes alone may skip it.
      const durable = batch.some((turn) => turn.writes.some((write) => write.durable));
      outcomes = await (durable ? this.sql.transaction(all) : this.sql.relaxed(() => this.sql.transaction(all)));
    } catch (error) {
      // The whole transaction is rolled back: every turn of the batch is told, none of its writes is kept.
      for (const turn of batch) turn.reject(error);
      return;
    }
    batch.forEach((turn, index) => {
      const outcome = outcomes[index];
      if (outcome?.ok === false) return turn.reject(outcome.error);
      if (turn.last) turn.held?.released?.();
      turn.resolve();
    });
  }

  /** One turn's writes, in order, undone together if one fails (or if its conversation's hold was lost). */
  private async inSavepoint({ writes, held, last }: Waiting): Promise<Outcome> {
    try {
      await this.sql.transaction(async () => {
        await (last && held?.releaseInCommit ? held.releaseInCommit() : held?.confirm());
        for (const write of writes) await write.run();
      });
      return { ok: true };
    } catch (error) {
      return { ok: false, error };
    }
  }
}
