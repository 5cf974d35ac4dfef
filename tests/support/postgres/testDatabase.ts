import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';
import { PostgresClient, poolWithParsers } from '../../../data/sql/postgresClient';

/**
 * A database of its own for one test file, on the run's server (`TEST_DATABASE_URL`), so that files
 * stay independent and run in any order. `drop()` closes the pool and removes the database.
 */
export interface TestDatabase {
  url: string;
  pool: Pool;
  /** Another pool on the same database, as a second process would have (ended by `drop()`). */
  openPool(): Pool;
  drop(): Promise<void>;
}

function serverUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set: the PostgreSQL tests need jest.config.js globalSetup');
  return url;
}

/**
 * `migrated`: a copy of the run's migrated template (globalSetup), the schema of this release already
 * in place; otherwise an empty database (for the migration tests).
 */
export async function createTestDatabase({ migrated = false }: { migrated?: boolean } = {}): Promise<TestDatabase> {
  const name = `bank_test_${randomBytes(6).toString('hex')}`;
  const admin = new Pool({ connectionString: serverUrl(), max: 1 });
  const template = process.env.TEST_TEMPLATE_DATABASE;
  if (migrated && !template) throw new Error('TEST_TEMPLATE_DATABASE is not set: the PostgreSQL tests need jest.config.js globalSetup');
  await admin.query(migrated ? `CREATE DATABASE ${name} TEMPLATE ${template}` : `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  const pools: Pool[] = [];
  const openPool = () => {
    const pool = new Pool({ connectionString: url.toString(), max: 10 });
    // DROP DATABASE … WITH (FORCE) ends connections still closing: expected here, not a failure.
    pool.on('error', () => undefined);
    pools.push(pool);
    return pool;
  };
  const pool = openPool();
  return {
    url: url.toString(),
    pool,
    openPool,
    async drop() {
      await Promise.all(pools.map((each) => each.end()));
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

/**
 * A SQL client of the test's own on a test database, with the bot's type parsers. `pool.end()` resolves
 * before its sockets close, so the `DROP … WITH (FORCE)` of `drop()` may end one still closing: expected
 * here, not a failure. Close it before `drop()`.
 */
export function testSqlClient(url: string, max = 2): PostgresClient {
  const pool = poolWithParsers(url, max);
  pool.on('error', () => undefined);
  return new PostgresClient(pool);
}
