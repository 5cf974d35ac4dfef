import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';
import { startEmbeddedServer, type EmbeddedServer } from '../../../bot/bench/embeddedPostgres';
import { migratePostgres } from '../../../data/postgres/migrate';

/** What the run made on the server, for globalTeardown (same process). */
export interface TestPostgresRun { embedded?: EmbeddedServer; serverUrl: string; template: string }

/**
 * One PostgreSQL server for the whole jest run: the one at `TEST_DATABASE_URL` when set, otherwise one
 * started here. Workers inherit `TEST_DATABASE_URL`; each test file then makes its own database. A
 * migrated template (`TEST_TEMPLATE_DATABASE`) is made once here: a migrated database for a test is
 * then a copy of it, several times faster than running the migrations again.
 */
export default async function globalSetup(): Promise<void> {
  const embedded = process.env.TEST_DATABASE_URL ? undefined : await startEmbeddedServer();
  const serverUrl = process.env.TEST_DATABASE_URL ?? embedded!.url;
  const template = `bank_template_${randomBytes(6).toString('hex')}`;
  const admin = new Pool({ connectionString: serverUrl, max: 1 });
  await admin.query(`CREATE DATABASE ${template}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${template}`;
  const pool = new Pool({ connectionString: url.toString(), max: 1 });
  await migratePostgres(pool);
  await pool.end();
  (globalThis as { testPostgres?: TestPostgresRun }).testPostgres = { embedded, serverUrl, template };
  process.env.TEST_DATABASE_URL = serverUrl;
  process.env.TEST_TEMPLATE_DATABASE = template;
}
