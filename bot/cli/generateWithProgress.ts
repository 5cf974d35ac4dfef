/** `generateBank` with a progress bar and a closing line, shared by `admin generate` and `npm run bench`. */
import { loadavg } from 'node:os';
import type { Db } from '../../data/database';
import { generateBank } from '../../data/scale/generateBank';
import { bar, ProgressLine } from './progressLine';

export interface GenerateSummary {
  /** How much, how fast (wall clock and CPU), at what load average. */
  line: string;
  rowsPerSecond: number;
}

/** Generates the bank and says how much, how fast. */
export async function generateWithProgress(
  db: Db, options: { customers: number; months: number; now: Date; signal?: AbortSignal },
): Promise<GenerateSummary> {
  const progress = new ProgressLine();
  const started = process.hrtime.bigint();
  const cpuAtStart = process.cpuUsage();
  const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
  const rate = (rows: number) => Math.round(rows / seconds());
  // On a shared machine the wall clock counts other people's work too; CPU seconds (of every thread of
  // the process: the row-building worker's and the inserting main thread's) count only ours.
  const cpuRate = (rows: number) => {
    const used = process.cpuUsage(cpuAtStart);
    return Math.round(rows / ((used.user + used.system) / 1e6));
  };
  try {
    const result = await generateBank(db, {
      ...options,
      onProgress: (done) => progress.update(
        `generate ${bar(done.customers / options.customers)} ${done.customers} customers, ${done.rows} rows, ${rate(done.rows)} rows/s`),
    });
    progress.done();
    const load = loadavg().map((n) => n.toFixed(1)).join(' ');
    return {
      line: `generated ${result.customers} customers, ${result.rows} rows in ${seconds().toFixed(1)} s `
        + `(${rate(result.rows)} rows/s, ${cpuRate(result.rows)} rows per CPU second; load average ${load})`,
      rowsPerSecond: rate(result.rows),
    };
  } catch (error) {
    progress.done();
    throw error;
  }
}
