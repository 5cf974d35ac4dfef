import { openDatabase } from '../../data/database';
import { PostgresClient, poolWithParsers } from '../../data/sql/postgresClient';
import type { SqlClient } from '../../data/sql/sqlClient';
import { sqliteClient } from '../../data/sql/sqliteClient';
import { createTestDatabase } from './postgres/testDatabase';

/** A fresh, migrated, empty database on one engine, for one test (or one `describe`). */
export interface EngineDatabase {
  sql: SqlClient;
  close(): Promise<void>;
}

async function sqliteInMemory(): Promise<EngineDatabase> {
  const db = openDatabase(':memory:');
  return { sql: sqliteClient(db), close: async () => { db.close(); } };
}

/** A database of its own on the run's PostgreSQL server, dropped by `close`. */
async function postgresDatabase(): Promise<EngineDatabase> {
  const database = await createTestDatabase({ migrated: true });
  const pool = poolWithParsers(database.url);
  // DROP DATABASE … WITH (FORCE) ends connections still closing: expected here, not a failure.
  pool.on('error', () => undefined);
  return {
    sql: new PostgresClient(pool),
    close: async () => {
      await pool.end();
      await database.drop();
    },
  };
}

/** Both engines, for `describe.each(ENGINES)('on %s', (_name, open) => …)`: the same cases run on each. */
export const ENGINES: [string, () => Promise<EngineDatabase>][] = [
  ['SQLite', sqliteInMemory],
  ['PostgreSQL', postgresDatabase],
];
