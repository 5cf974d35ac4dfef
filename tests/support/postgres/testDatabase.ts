import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';

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

export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `bank_test_${randomBytes(6).toString('hex')}`;
  const admin = new Pool({ connectionString: serverUrl(), max: 1 });
  await admin.query(`CREATE DATABASE ${name}`);
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
