import { AlreadyGeneratedError, generateBank } from '../../../data/scale/generateBank';
import { systemClock } from '../../clock';
import { bar, ProgressLine } from '../progressLine';
import type { AdminCommand } from './adminCommand';

const USAGE = 'usage: npm run admin -- generate --customers N --months M';
/** Limits that keep a mistyped figure from filling the disk: 10 million customers, 10 years. */
const MAX_CUSTOMERS = 10_000_000;
const MAX_MONTHS = 120;

/** `generate --customers N --months M`: a large believable bank in DATABASE_PATH, with a progress bar. */
export const generateCommand: AdminCommand = (args, { db, config, out, err }) => {
  const customers = option(args, '--customers', MAX_CUSTOMERS);
  const months = option(args, '--months', MAX_MONTHS);
  if (customers === null || months === null) {
    err(`${USAGE}\n  N from 1 to ${MAX_CUSTOMERS.toLocaleString('en')}, M from 1 to ${MAX_MONTHS}`);
    return 2;
  }
  const progress = new ProgressLine();
  const started = process.hrtime.bigint();
  const cpuAtStart = process.cpuUsage();
  const rate = (rows: number) => Math.round(rows / (Number(process.hrtime.bigint() - started) / 1e9));
  // On a shared machine the wall clock counts other people's work too; CPU seconds count only ours.
  const cpuRate = (rows: number) => { const used = process.cpuUsage(cpuAtStart); return Math.round(rows / ((used.user + used.system) / 1e6)); };
  try {
    const result = generateBank(db, {
      customers, months, now: config.fixedNow ? new Date(config.fixedNow) : systemClock.now(),
      onProgress: (done) => progress.update(`generate ${bar(done.customers / customers)} ${done.customers} customers, ${done.rows} rows, ${rate(done.rows)} rows/s`),
    });
    progress.done();
    out(`generated ${result.customers} customers, ${result.rows} rows in ${(Number(process.hrtime.bigint() - started) / 1e9).toFixed(1)} s (${rate(result.rows)} rows/s, ${cpuRate(result.rows)} rows per CPU second)`);
    return 0;
  } catch (error) {
    if (!(error instanceof AlreadyGeneratedError)) throw error;
    err(`generate refused, nothing written: ${error.message}`);
    return 1;
  }
};

/** The whole number after `name`, within 1..max; null when absent or invalid. */
function option(args: string[], name: string, max: number): number | null {
  const raw = args[args.indexOf(name) + 1];
  if (!args.includes(name) || raw === undefined || !/^\d+$/.test(raw)) return null;
  const value = Number(raw);
  return value >= 1 && value <= max ? value : null;
}
