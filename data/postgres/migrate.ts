import type { Pool } from 'pg';
import { POSTGRES_MIGRATIONS } from './migrations';

/** Any fixed number, the same in every process: the advisory lock that serializes migrators. */
const MIGRATION_LOCK = 7_301_420_614;

/**
 * Brings the schema up to date in one transaction, under a transaction-scoped advisory lock: a
 * second process starting at the same moment waits, then finds everything applied. A failing
 * migration rolls back whole, leaving the schema as it was. Returns how many were applied.
 */
export async function migratePostgres(pool: Pool, now: () => Date = () => new Date()): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL)');
    const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
    const applied = new Set(rows.map((row) => row.version));
    let count = 0;
    for (const migration of POSTGRES_MIGRATIONS) {
      if (applied.has(migration.version)) continue;
      await client.query(migration.sql);
      await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)',
        [migration.version, migration.name, now()]);
      count++;
    }
    await client.query('COMMIT');
    return count;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
