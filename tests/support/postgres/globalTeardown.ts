import { rmSync } from 'node:fs';
import type { EmbeddedServer } from '../../../bot/bench/embeddedPostgres';

/** Stops the server globalSetup started (fast shutdown) and removes its files; a given server is left alone. */
export default async function globalTeardown(): Promise<void> {
  const server = (globalThis as { embeddedPostgres?: EmbeddedServer }).embeddedPostgres;
  if (!server) return;
  await new Promise<void>((resolve) => {
    server.process.once('exit', () => resolve());
    server.process.kill('SIGINT');
  });
  rmSync(server.dataDir, { recursive: true, force: true });
}
