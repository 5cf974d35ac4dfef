import { rmSync } from 'node:fs';
import { Pool } from 'pg';
import type { TestPostgresRun } from './globalSetup';

/** Stops the server globalSetup started (fast shutdown) and removes its files; on a given server, drops the template only. */
export default async function globalTeardown(): Promise<void> {
  const run = (globalThis as { testPostgres?: TestPostgresRun }).testPostgres;
  if (!run) return;
  const server = run.embedded;
  if (!server) {
    const admin = new Pool({ connectionString: run.serverUrl, max: 1 });
    await admin.query(`DROP DATABASE IF EXISTS ${run.template} WITH (FORCE)`);
    await admin.end();
    return;
  }
  await new Promise<void>((resolve) => {
    server.process.once('exit', () => resolve());
    server.process.kill('SIGINT');
  });
  rmSync(server.dataDir, { recursive: true, force: true });
}
