import type { SqlClient } from './sql/sqlClient';
import { sqlOf, type SqlSource } from './sql/sqlSource';

/**
 * Counts events per scope, key and fixed window in the database (one atomic UPSERT): the message rate,
 * link failures per source and for everyone. The count holds across concurrent requests and processes,
 * and survives a restart.
 */
export class WindowCounter {
  private readonly statements;

  constructor(source: SqlSource) {
    const sql = sqlOf(source);
    this.statements = {
      add: sql.statement<{ count: number }>(
        `INSERT INTO limit_windows (scope, key, window_start, count) VALUES (@scope, @key, @window, 1)
         ON CONFLICT (scope, key) DO UPDATE SET
           count = CASE WHEN limit_windows.window_start = excluded.window_start THEN limit_windows.count + 1 ELSE 1 END,
           window_start = excluded.window_start
         RETURNING count`,
      ),
      // Counts nothing, but writes the row, so that it stays locked until the transaction ends.
      hold: sql.statement<{ count: number }>(
        `INSERT INTO limit_windows (scope, key, window_start, count) VALUES (@scope, @key, @window, 0)
         ON CONFLICT (scope, key) DO UPDATE SET
           count = CASE WHEN limit_windows.window_start = excluded.window_start THEN limit_windows.count ELSE 0 END,
           window_start = excluded.window_start
         RETURNING count`,
      ),
      read: sql.statement<{ window_start: string; count: number }>(
        'SELECT window_start, count FROM limit_windows WHERE scope = @scope AND key = @key'),
    };
  }

  /** Counts one event; returns the count in the current window, this one included. */
  async add(scope: string, key: string, now: Date, windowMs: number): Promise<number> {
    return (await this.statements.add.get({ scope, key, window: windowStart(now, windowMs) }))!.count;
  }

  /**
   * The count in the current window, without counting, and the row held for the rest of the
   * transaction: another transaction checking the same counter waits until this one has counted (or
   * not), so that a check and the count after it are one step even across processes.
   */
  async held(scope: string, key: string, now: Date, windowMs: number): Promise<number> {
    return (await this.statements.hold.get({ scope, key, window: windowStart(now, windowMs) }))!.count;
  }

  /** The count in the current window, without counting. */
  async current(scope: string, key: string, now: Date, windowMs: number): Promise<number> {
    const row = await this.statements.read.get({ scope, key });
    return row && row.window_start === windowStart(now, windowMs) ? row.count : 0;
  }
}

/** The window an instant falls in, and when it ends. */
export function windowStart(now: Date, windowMs: number): string {
  return new Date(Math.floor(now.getTime() / windowMs) * windowMs).toISOString();
}

export function windowEnd(now: Date, windowMs: number): Date {
  return new Date((Math.floor(now.getTime() / windowMs) + 1) * windowMs);
}
