import { randomUUID } from 'node:crypto';
import { sqlOf, type SqlSource } from './sql/sqlSource';

/**
 * Holds a conversation for the length of one turn, across every process sharing the database:
 * botbuilder writes state back with eTag `*`, so two turns of one conversation at once on two
 * processes would each overwrite the other's changes. Turns of other conversations are not held up.
 */
export interface ConversationLock {
  /** Runs `work` once no other process (or composition) holds `key`; holds it until `work` settles. */
  hold<T>(key: string, work: () => Promise<T>): Promise<T>;
  /** Lets go of what the lock itself keeps open (PostgreSQL: its connections). */
  close(): Promise<void>;
}

/** Nothing to share: one process alone on its database (its own queue serializes its turns). */
export const processOnlyLock: ConversationLock = {
  hold: (_key, work) => work(),
  close: async () => undefined,
};

/** How long a lease keeps others off a conversation if its holder dies mid-turn (a turn takes far less). */
const LEASE_MS = 60_000;
/** Waits between tries for a lease another process holds: short at first, then at most this. */
const MAX_PAUSE_MS = 50;

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The lock on SQLite, where several processes may open one file but there are no advisory locks: a
 * lease row per conversation held, taken by one atomic upsert (SQLite serializes writers) that wins
 * only if the row is absent or its lease lapsed, deleted when the turn ends. A waiting turn polls,
 * holding nothing. The writes skip the fsync (`relaxed`): a lease lost to a power cut frees nothing
 * anyone still holds. `now` is the wall clock, not the bank's pinned "now": a lease measures real time.
 */
export class LeasedConversationLock implements ConversationLock {
  private readonly statements;
  private readonly sql;

  constructor(source: SqlSource, private readonly now: () => Date, private readonly owner = randomUUID(), private readonly leaseMs = LEASE_MS) {
    const sql = sqlOf(source);
    this.sql = sql;
    this.statements = {
      take: sql.statement(
        `INSERT INTO conversation_locks (key, owner, lease_until) VALUES (@key, @owner, @leaseUntil)
         ON CONFLICT (key) DO UPDATE SET owner = excluded.owner, lease_until = excluded.lease_until
         WHERE conversation_locks.lease_until <= @now`),
      give: sql.statement('DELETE FROM conversation_locks WHERE key = @key AND owner = @owner'),
    };
  }

  async hold<T>(key: string, work: () => Promise<T>): Promise<T> {
    for (let tries = 0; !(await this.take(key)); tries++) await pause(Math.min(2 ** tries, MAX_PAUSE_MS));
    try {
      return await work();
    } finally {
      await this.sql.relaxed(() => this.statements.give.run({ key, owner: this.owner }));
    }
  }

  private async take(key: string): Promise<boolean> {
    const now = this.now();
    const leaseUntil = new Date(now.getTime() + this.leaseMs).toISOString();
    return (await this.sql.relaxed(() => this.statements.take.run({ key, owner: this.owner, now: now.toISOString(), leaseUntil }))) > 0;
  }

  async close(): Promise<void> {}
}
