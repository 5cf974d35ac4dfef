import type { Db } from './database';

/**
 * Counts events per scope, key and fixed window in SQLite (one atomic UPSERT), as `MessageRate` does for
 * one chat user: the count holds across concurrent requests and processes, and survives a restart.
 */
export class WindowCounter {
  private readonly statements;

  constructor(db: Db) {
    this.statements = {
      add: db.prepare(
        `INSERT INTO limit_windows (scope, key, window_start, count) VALUES (@scope, @key, @window, 1)
         ON CONFLICT (scope, key) DO UPDATE SET
           count = CASE WHEN window_start = excluded.window_start THEN count + 1 ELSE 1 END,
           window_start = excluded.window_start
         RETURNING count`,
      ),
      read: db.prepare<{ scope: string; key: string }, { window_start: string; count: number }>(
        'SELECT window_start, count FROM limit_windows WHERE scope = @scope AND key = @key'),
    };
  }

  /** Counts one event; returns the count in the current window, this one included. */
  add(scope: string, key: string, now: Date, windowMs: number): number {
    return (this.statements.add.get({ scope, key, window: windowStart(now, windowMs) }) as { count: number }).count;
  }

  /** The count in the current window, without counting. */
  current(scope: string, key: string, now: Date, windowMs: number): number {
    const row = this.statements.read.get({ scope, key });
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
