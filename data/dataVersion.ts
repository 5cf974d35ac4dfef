import type { SqlClient, SqlStatement } from './sql/sqlClient';
import { SqliteClient } from './sql/sqliteClient';

/** How often a process on PostgreSQL asks whether the bank's data changed: a cache is stale at most about twice this. */
export const DATA_VERSION_POLL_MS = 1000;

/**
 * A number that changes whenever another process has committed to the bank's data since the last call,
 * for the caches kept until that data changes.
 *
 * SQLite: `PRAGMA data_version` on this connection, which moves when another connection (`npm run admin
 * -- import`, another bot) has committed to the file; what this process itself writes does not move it.
 * A read costs about a microsecond.
 *
 * PostgreSQL: the `bank_data_version` sequence (migration 6), which every write to the customers,
 * accounts or transactions moves, from any process. Asking the server on every turn would cost the round
 * trip the cache saves, so it is asked at most once a `pollMs`, in the background of a turn.
 */
export function dataVersionOf(sql: SqlClient, pollMs = DATA_VERSION_POLL_MS): () => number {
  if (!(sql instanceof SqliteClient)) {
    const version = new PostgresDataVersion(sql, pollMs);
    return () => version.current();
  }
  const version = sql.db.prepare<[], number>('PRAGMA data_version').pluck();
  return () => version.get() ?? 0;
}

export class PostgresDataVersion {
  private readonly read: SqlStatement<{ version: string | number }>;
  private seen: number | undefined;
  private announced = 0;
  /** A change seen is announced again at the next poll: see `refresh`. */
  private repeat = false;
  private polledAt = -Infinity;
  private polling: Promise<void> | undefined;

  constructor(sql: SqlClient, private readonly pollMs: number, private readonly now: () => number = () => performance.now()) {
    this.read = sql.statement('SELECT last_value AS version FROM bank_data_version');
  }

  /** The version to compare; starts a poll when the last one is older than `pollMs` (this call does not wait for it). */
  current(): number {
    if (!this.polling && this.now() - this.polledAt >= this.pollMs) void this.refresh();
    return this.announced;
  }

  /**
   * Reads the sequence. It moves when a statement writes, before its transaction commits: a cache
   * refilled at once could read the data of just before that commit and keep it. Announcing the change
   * once more at the next poll, a `pollMs` later, drops what was refilled in between.
   */
  refresh(): Promise<void> {
    this.polledAt = this.now();
    this.polling ??= this.read.get().then((row) => {
      const value = Number(row?.version ?? 0);
      if (this.seen !== undefined && value !== this.seen) {
        this.announced++;
        this.repeat = true;
      } else if (this.repeat) {
        this.announced++;
        this.repeat = false;
      }
      this.seen = value;
    }, () => undefined).finally(() => { this.polling = undefined; });
    // A failed read (a connection lost, the pool closed at shutdown) leaves the version as it was: asked again next time.
    return this.polling;
  }
}
