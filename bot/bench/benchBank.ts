/**
 * The bench's bank: a generated database kept under `data/` (git-ignored) and reused by later runs of
 * the same size, so that only the first run pays for generating millions of transactions.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { openDatabase, type Db } from '../../data/database';
import { generateWithProgress } from '../cli/generateWithProgress';
import { TARGETS } from './report';

export async function openBenchBank(customers: number, months: number): Promise<{ db: Db; path: string; rows: number }> {
  const path = resolve('data', `bench-${customers}x${months}.db`);
  // A marker file says the generation finished (and holds its figure); an interrupted one starts again next time.
  const ready = `${path}.ready`;
  if (!existsSync(ready)) for (const file of [path, `${path}-wal`, `${path}-shm`]) rmSync(file, { force: true });
  const db = openDatabase(path);
  if (existsSync(ready)) {
    const figure = readFileSync(ready, 'utf8').trim();
    console.log(`bank reused${figure ? `, ${figure}` : ''} (delete ${ready} to generate it again)`);
  } else {
    const generated = await generateWithProgress(db, { customers, months, now: new Date() });
    const figure = `${generated.line} — target ≥ ${TARGETS.generateRowsPerSecond.toLocaleString('en')} rows/s: `
      + `${generated.rowsPerSecond >= TARGETS.generateRowsPerSecond ? 'met' : 'MISSED'}`;
    console.log(figure);
    db.pragma('wal_checkpoint(TRUNCATE)');
    writeFileSync(ready, `${figure} (${new Date().toISOString()})\n`);
  }
  const { n } = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM transactions').get() ?? { n: 0 };
  return { db, path, rows: n };
}
