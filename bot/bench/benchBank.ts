/**
 * The bench's bank: a generated database kept under `data/` (git-ignored) and reused by later runs of
 * the same size, so that only the first run pays for generating millions of transactions.
 */
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { openDatabase, type Db } from '../../data/database';
import { generateWithProgress } from '../cli/generateWithProgress';

export function openBenchBank(customers: number, months: number): { db: Db; path: string; rows: number } {
  const path = resolve('data', `bench-${customers}x${months}.db`);
  // An empty marker file says the generation finished; an interrupted one starts again next time.
  const ready = `${path}.ready`;
  if (!existsSync(ready)) for (const file of [path, `${path}-wal`, `${path}-shm`]) rmSync(file, { force: true });
  const db = openDatabase(path);
  if (!existsSync(ready)) {
    console.log(generateWithProgress(db, { customers, months, now: new Date() }));
    db.pragma('wal_checkpoint(TRUNCATE)');
    writeFileSync(ready, '');
  }
  const { n } = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM transactions').get() ?? { n: 0 };
  return { db, path, rows: n };
}
