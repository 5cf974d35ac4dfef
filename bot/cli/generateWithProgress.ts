/** `generateBank` with a progress bar and a closing line, shared by `admin generate` and `npm run bench`. */
import type { Db } from '../../data/database';
import { generateBank } from '../../data/scale/generateBank';
import { bar, ProgressLine } from './progressLine';

/** Generates the bank and returns the line that says how much, how fast (wall clock and CPU). */
export function generateWithProgress(db: Db, options: { customers: number; months: number; now: Date }): string {
  const progress = new ProgressLine();
  const started = process.hrtime.bigint();
  const cpuAtStart = process.cpuUsage();
  const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
  const rate = (rows: number) => Math.round(rows / seconds());
  // On a shared machine the wall clock counts other people's work too; CPU seconds count only ours.
  const cpuRate = (rows: number) => {
    const used = process.cpuUsage(cpuAtStart);
    return Math.round(rows / ((used.user + used.system) / 1e6));
  };
  const result = generateBank(db, {
    ...options,
    onProgress: (done) => progress.update(
      `generate ${bar(done.customers / options.customers)} ${done.customers} customers, ${done.rows} rows, ${rate(done.rows)} rows/s`),
  });
  progress.done();
  return `generated ${result.customers} customers, ${result.rows} rows in ${seconds().toFixed(1)} s `
    + `(${rate(result.rows)} rows/s, ${cpuRate(result.rows)} rows per CPU second)`;
}
