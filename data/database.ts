import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { MIGRATIONS } from './migrations';

export type Db = Database.Database;

/**
 * Opens (creating if needed) the database and brings its schema up to date. Once per process: the
 * stores prepare their statements on this one connection and reuse them for every turn.
 *
 * Set for a server: WAL (readers never wait for the writer, and several processes can share the file),
 * `synchronous = NORMAL` (in WAL a commit is safe from a crash of the process; only a power cut can
 * lose the last commits, never corrupt the file — and it saves an fsync on every turn), a busy timeout
 * (another process holding the write lock makes us wait, not fail), and fresh planner statistics.
 */
export function openDatabase(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  // SQLite's advice for long-lived connections: analyse what needs it, with a bounded effort.
  db.pragma('optimize = 0x10002');
  return db;
}

/** Applies the migrations this database has not seen yet, each in its own transaction. */
export function migrate(db: Db): number {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const applied = new Set(
    db.prepare('SELECT version FROM schema_migrations').all().map((row) => (row as { version: number }).version),
  );
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (@version, @name, @at)');
  let count = 0;
  for (const migration of MIGRATIONS) {
    if (applied.has(migration.version)) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      record.run({ version: migration.version, name: migration.name, at: new Date().toISOString() });
    })();
    count++;
  }
  return count;
}
