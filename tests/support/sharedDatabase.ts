import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../data/database';
import { migratePostgres } from '../../data/postgres/migrate';
import { PostgresClient, poolWithParsers } from '../../data/sql/postgresClient';
import type { SqlClient } from '../../data/sql/sqlClient';
import { sqliteClient } from '../../data/sql/sqliteClient';
import { createTestDatabase } from './postgres/testDatabase';

/**
 * One fresh, migrated database and two clients of it, as two processes sharing it have: on SQLite two
 * connections to one file, on PostgreSQL two pools (real concurrency between connections).
 */
export interface SharedDatabase {
  clients: [SqlClient, SqlClient];
  close(): Promise<void>;
}

async function sqliteFile(): Promise<SharedDatabase> {
  const dir = mkdtempSync(join(tmpdir(), 'bank-shared-'));
  const path = join(dir, 'bank.db');
  const dbs = [openDatabase(path), openDatabase(path)];
  return {
    clients: [sqliteClient(dbs[0]), sqliteClient(dbs[1])],
    close: async () => {
      for (const db of dbs) db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function postgresPools(): Promise<SharedDatabase> {
  const database = await createTestDatabase();
  const pools = [poolWithParsers(database.url), poolWithParsers(database.url)];
  // DROP DATABASE … WITH (FORCE) ends connections still closing: expected here, not a failure.
  for (const pool of pools) pool.on('error', () => undefined);
  await migratePostgres(pools[0]);
  return {
    clients: [new PostgresClient(pools[0]), new PostgresClient(pools[1])],
    close: async () => {
      await Promise.all(pools.map((pool) => pool.end()));
      await database.drop();
    },
  };
}

/** Both engines, for `describe.each(SHARED_ENGINES)('on %s', (_name, open) => …)`. */
export const SHARED_ENGINES: [string, () => Promise<SharedDatabase>][] = [
  ['SQLite', sqliteFile],
  ['PostgreSQL', postgresPools],
];
