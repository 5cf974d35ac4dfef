import { randomUUID } from 'node:crypto';
import { ConversationLockLost, errorCode, withHeldConversation, type ConversationLock, type HeldConversation, type LockEvent } from './conversationLock';
import { RelaxedBatch } from './sql/relaxedBatch';
import { sqlOf, type SqlSource } from './sql/sqlSource';

/** How long a lease keeps others off a conversation once its holder stops renewing it (it died or froze). */
export const LEASE_MS = 60_000;
/** Waits between tries for a lease another process holds: short at first, then at most this. */
const MAX_PAUSE_MS = 50;

/** Calls `tick` every `ms` until the returned function is called (a tick never throws). */
export type Repeat = (ms: number, tick: () => Promise<void>) => () => void;

/** A timer that never keeps the process alive on its own. */
export const repeatUnref: Repeat = (ms, tick) => {
  const timer = setInterval(() => void tick(), ms);
  timer.unref();
  return () => clearInterval(timer);
};

export interface LeaseOptions {
  /** The wall clock, not the bank's pinned "now": a lease measures real time. */
  now: () => Date;
  leaseMs?: number;
  /** What renews the leases held, every third of `leaseMs` (tests pass a manual one). */
  repeat?: Repeat;
  report?: (event: LockEvent) => void;
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** One turn's lease: its own owner token, so that nothing but this hold can renew, confirm or delete it. */
interface Lease extends HeldConversation {
  key: string;
  owner: string;
  lost: boolean;
  ended: boolean;
  /** Its row deleted by the turn's last commit, now in. */
  given: boolean;
}

/**
 * The lock on SQLite, where several processes may open one file but there are no advisory locks: a
 * lease row per conversation held, taken by one atomic upsert (SQLite serializes writers) that wins
 * only if the row is absent or its lease lapsed (the takes of turns arriving together share one
 * transaction), deleted in the turn's last group commit (or right after the turn, if that commit
 * failed or had nothing to write). A waiting turn polls, holding nothing. While a turn runs, a timer renews every lease the process holds each third of the
 * lease, so a turn of any length keeps its hold; a holder that dies or freezes stops renewing and its
 * lease lapses. Should a lease lapse and be taken anyway (a process frozen for two thirds of it), each
 * commit of the turn that held it is refused (`confirm`, in the commit's own transaction): the turn fails. The writes
 * skip the fsync (`relaxed`): a lease lost to a power cut frees nothing anyone still holds.
 */
export class LeasedConversationLock implements ConversationLock {
  private readonly sql;
  private readonly statements;
  private readonly process = randomUUID();
  private holds = 0;
  private readonly leases = new Set<Lease>();
  private readonly leaseMs: number;
  /** Set while the process holds a lease: no timer (nor a reference to this lock) outlives its turns. */
  private stopRenewing?: () => void;
  private renewing = false;
  /** Whether a lease is taken now: one upsert, batched with the other takes of this turn of the event loop. */
  private readonly takes: RelaxedBatch<Lease, boolean>;

  constructor(source: SqlSource, private readonly options: LeaseOptions) {
    const sql = sqlOf(source);
    this.sql = sql;
    this.leaseMs = options.leaseMs ?? LEASE_MS;
    this.statements = {
      take: sql.statement(
        `INSERT INTO conversation_locks (key, owner, lease_until) VALUES (@key, @owner, @leaseUntil)
         ON CONFLICT (key) DO UPDATE SET owner = excluded.owner, lease_until = excluded.lease_until
         WHERE conversation_locks.lease_until <= @now`),
      renew: sql.statement('UPDATE conversation_locks SET lease_until = @leaseUntil WHERE key = @key AND owner = @owner'),
      confirm: sql.statement<{ held: number }>('SELECT 1 AS held FROM conversation_locks WHERE key = @key AND owner = @owner'),
      give: sql.statement('DELETE FROM conversation_locks WHERE key = @key AND owner = @owner'),
    };
    const take = this.statements.take;
    this.takes = new RelaxedBatch(sql, async ({ key, owner }: Lease) => {
      const now = this.options.now();
      return (await take.run({ key, owner, now: now.toISOString(), leaseUntil: this.until(now) })) > 0;
    });
  }

  async hold<T>(key: string, work: () => Promise<T>): Promise<T> {
    const lease = this.lease(key);
    for (let tries = 0; !(await this.takes.run(lease)); tries++) await pause(Math.min(2 ** tries, MAX_PAUSE_MS));
    this.keep(lease);
    try {
      return await withHeldConversation(lease, work);
    } finally {
      // Out of the renewals first, so that a renewal cannot count the deleted row as lost.
      this.drop(lease);
      lease.ended = true;
      if (!lease.given) await this.sql.relaxed(() => this.statements.give.run({ key: lease.key, owner: lease.owner })).catch((error: unknown) => {
        // The turn's writes are in: only others wait longer, until the lease lapses.
        this.options.report?.({ kind: 'release failed', error: errorCode(error) });
      });
    }
  }

  private lease(key: string): Lease {
    const lease: Lease = {
      key, owner: `${this.process}/${++this.holds}`, lost: false, ended: false, given: false,
      confirm: async () => {
        if (lease.ended) return;
        this.check(lease, !lease.lost && (await this.statements.confirm.get({ key: lease.key, owner: lease.owner })) !== undefined);
      },
      // The delete is the check: no row of ours, the lease was lost. Rolled back with the commit, the row stays: `hold` deletes it.
      releaseInCommit: async () => {
        if (lease.ended) return;
        this.drop(lease);
        this.check(lease, !lease.lost && (await this.statements.give.run({ key: lease.key, owner: lease.owner })) > 0);
      },
      released: () => { lease.given = true; },
    };
    return lease;
  }

  private keep(lease: Lease): void {
    this.leases.add(lease);
    this.stopRenewing ??= (this.options.repeat ?? repeatUnref)(Math.floor(this.leaseMs / 3), () => this.renew());
  }

  private drop(lease: Lease): void {
    this.leases.delete(lease);
    if (this.leases.size > 0 || !this.stopRenewing) return;
    this.stopRenewing();
    this.stopRenewing = undefined;
  }

  private check(lease: Lease, held: boolean): void {
    if (held) return;
    if (!lease.lost) this.options.report?.({ kind: 'lost', held: 1 });
    lease.lost = true;
    throw new ConversationLockLost();
  }

  private until(now: Date): string {
    return new Date(now.getTime() + this.leaseMs).toISOString();
  }

  /**
   * One short transaction for every lease held, off the turns' path (a timer); a renewal still waiting
   * (behind another process's write) is not doubled. A failure is told and tried again at the next tick:
   * the leases still have two thirds of their length.
   */
  private async renew(): Promise<void> {
    if (this.leases.size === 0 || this.renewing) return;
    this.renewing = true;
    try {
      const leaseUntil = this.until(this.options.now());
      const lost: Lease[] = [];
      await this.sql.relaxed(() => this.sql.transaction(async () => {
        for (const lease of this.leases) if ((await this.statements.renew.run({ key: lease.key, owner: lease.owner, leaseUntil })) === 0) lost.push(lease);
      }));
      const newlyLost = lost.filter((lease) => this.leases.has(lease) && !lease.lost);
      for (const lease of newlyLost) lease.lost = true;
      if (newlyLost.length > 0) this.options.report?.({ kind: 'lost', held: newlyLost.length });
    } catch (error) {
      this.options.report?.({ kind: 'renewal failed', error: errorCode(error) });
    } finally {
      this.renewing = false;
    }
  }

  async close(): Promise<void> {
    this.stopRenewing?.();
    this.stopRenewing = undefined;
  }
}
