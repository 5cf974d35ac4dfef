import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { MIGRATIONS } from './migrations';
import { SYNCHRONOUS } from './durability';
import { SchemaTooNewError } from './errors';

export type Db = Database.Database;

/**
 * Opens (creating if needed) the database and brings its schema up to date. Once per process: the
 * stores prepare their statements on this one connection and reuse them for every turn.
 *
 * Set for a server: WAL (readers never wait for the writer, and several processes can share the file),
 * `synchronous` by family of tables (`durability.ts`: FULL for events, links and audit; NORMAL around the
 * conversation's own writes, which saves an fsync on most writes of a turn), a busy timeout
 * (another process holding the write lock makes us wait, not fail), and fresh planner statistics.
 */
export function openDatabase(path: string | Buffer): Db {
  // A Buffer is a serialized database (`db.serialize()`), opened in memory: the tests copy a seeded bank this way.
  if (typeof path === 'string' && path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${SYNCHRONOUS}`);
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  try {
    migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }
  // SQLite's advice for long-lived connections: analyse what needs it, with a bounded effort.
  db.pragma('optimize = 0x10002');
  return db;
}

type Migration = (typeof MIGRATIONS)[number];

/** The schema version this release writes: that of its last migration. */
export const SCHEMA_VERSION = Math.max(...MIGRATIONS.map((migration) => migration.version));

/**
 * Brings the schema forward: every migration this database has not seen, in order, all in one
 * transaction (a failure leaves it at its old version, whole). A database written by a newer release
 * is refused before anything is touched: this code does not know its tables.
 */
export function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): number {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const applied = new Set(
    db.prepare('SELECT version FROM schema_migrations').all().map((row) => (row as { version: number }).version),
  );
  const known = Math.max(0, ...migrations.map((migration) => migration.version));
  const found = Math.max(0, ...applied);
  if (found > known) throw new SchemaTooNewError(found, known);
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (@version, @name, @at)');
  const pending = migrations.filter((migration) => !applied.has(migration.version));
  db.transaction(() => {
    for (const migration of pending) {
      db.exec(migration.sql);
      record.run({ version: migration.version, name: migration.name, at: new Date().toISOString() });
    }
  })();
  return pending.length;
}

/** The highest schema version recorded in a database (0 for one never migrated). */
export function schemaVersionOf(db: Db): number {
  const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
  if (!table) return 0;
  return (db.prepare('SELECT max(version) AS version FROM schema_migrations').get() as { version: number | null }).version ?? 0;
}
