/**
 * The bench's bank: a generated database kept under `data/` (git-ignored) and reused by later runs of
 * the same size, so that only the first run pays for generating millions of transactions.
 */
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { openDatabase, type Db } from '../../data/database';
import { generateBank } from '../../data/scale/generateBank';
import { bar, ProgressLine } from '../cli/progressLine';

export function openBenchBank(customers: number, months: number): { db: Db; path: string; rows: number } {
  const path = resolve('data', `bench-${customers}x${months}.db`);
  const ready = `${path}.ready`;
  if (!existsSync(ready)) for (const file of [path, `${path}-wal`, `${path}-shm`]) rmSync(file, { force: true });
  const db = openDatabase(path);
  if (!existsSync(ready)) {
    const progress = new ProgressLine();
    const started = Date.now();
    const result = generateBank(db, {
      customers, months, now: new Date(),
      onProgress: ({ customers: done, rows }) => progress.update(
        `generate ${bar(done / customers)} ${rows} rows, ${Math.round(rows / ((Date.now() - started) / 1000))} rows/s`),
    });
    progress.done(`generated ${customers} customers × ${months} months: ${result.rows} rows in ${((Date.now() - started) / 1000).toFixed(1)} s, ${Math.round(result.rows / ((Date.now() - started) / 1000))} rows/s`);
    db.pragma('wal_checkpoint(TRUNCATE)');
    // An empty marker file says the generation finished; an interrupted one starts again next time.
    writeFileSync(ready, '');
  }
  const { n } = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM transactions').get() ?? { n: 0 };
  return { db, path, rows: n };
}

