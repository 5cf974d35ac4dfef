import { startEmbeddedServer, type EmbeddedServer } from '../../../bot/bench/embeddedPostgres';

/**
 * One PostgreSQL server for the whole jest run: the one at `TEST_DATABASE_URL` when set, otherwise one
 * started here. Workers inherit `TEST_DATABASE_URL`; each test file then makes its own database.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.TEST_DATABASE_URL) return;
  const server = await startEmbeddedServer();
  (globalThis as { embeddedPostgres?: EmbeddedServer }).embeddedPostgres = server;
  process.env.TEST_DATABASE_URL = server.url;
}
