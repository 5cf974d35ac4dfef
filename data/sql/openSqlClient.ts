import { openDatabase } from '../database';
import { migratePostgres } from '../postgres/migrate';
import { isPostgresUrl } from '../postgres/pool';
import { PostgresClient, poolWithParsers } from './postgresClient';
import type { SqlClient } from './sqlClient';
import { sqliteClient } from './sqliteClient';

/**
 * The database the settings name, its schema brought up to date: PostgreSQL when `DATABASE_URL` is a
 * `postgres://` URL (migrations under the advisory lock, so processes starting together do not race),
 * otherwise the SQLite file at `DATABASE_PATH`.
 */
export async function openSqlClient(
  settings: { databaseUrl?: string; databasePath: string }, onIdleError: (error: Error) => void = () => undefined,
): Promise<SqlClient> {
  if (isPostgresUrl(settings.databaseUrl)) {
    const pool = poolWithParsers(settings.databaseUrl);
    pool.on('error', onIdleError);
    try {
      await migratePostgres(pool);
    } catch (error) {
      await pool.end();
      throw error;
    }
    return new PostgresClient(pool);
  }
  return sqliteClient(openDatabase(settings.databasePath));
}
