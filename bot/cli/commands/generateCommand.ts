import { AlreadyGeneratedError, GenerateFailedError } from '../../../data/scale/generateBank';
import { systemClock } from '../../infra/clock';
import { generateWithProgress } from '../generateWithProgress';
import { sqliteConnectionOf, type AdminCommand } from './adminCommand';

/** Said when DATABASE_URL is set: the generator writes through SQLite's own API. */
export const GENERATE_ON_POSTGRES =
  'generate refused, nothing written: it fills a SQLite bench database at DATABASE_PATH, and DATABASE_URL selects PostgreSQL: unset DATABASE_URL to generate';

const USAGE = 'usage: npm run admin -- generate --customers N --months M';
/** Limits that keep a mistyped figure from filling the disk: 10 million customers, 10 years. */
const MAX_CUSTOMERS = 10_000_000;
const MAX_MONTHS = 120;

/** `generate --customers N --months M`: a large believable bank in DATABASE_PATH, with a progress bar. */
export const generateCommand: AdminCommand = async (args, { db, config, out, err }) => {
  const customers = option(args, '--customers', MAX_CUSTOMERS);
  const months = option(args, '--months', MAX_MONTHS);
  if (customers === null || months === null) {
    err(`${USAGE}\n  N from 1 to ${MAX_CUSTOMERS.toLocaleString('en')}, M from 1 to ${MAX_MONTHS}`);
    return 2;
  }
  const sqlite = sqliteConnectionOf(db);
  if (!sqlite) {
    err(GENERATE_ON_POSTGRES);
    return 1;
  }
  // Ctrl-C (or a stop) ends the load after the batch under way and removes what it wrote, rather than
  // leaving a partial bank without its indexes.
  const interruption = new AbortController();
  const interrupt = (signal: NodeJS.Signals) => interruption.abort(new Error(`interrupted (${signal})`));
  process.once('SIGINT', interrupt).once('SIGTERM', interrupt);
  try {
    const now = config.fixedNow ? new Date(config.fixedNow) : systemClock.now();
    out((await generateWithProgress(sqlite, { customers, months, now, signal: interruption.signal })).line);
    return 0;
  } catch (error) {
    if (error instanceof GenerateFailedError) {
      err(error.message);
      return 1;
    }
    if (!(error instanceof AlreadyGeneratedError)) throw error;
    err(`generate refused, nothing written: ${error.message}`);
    return 1;
  } finally {
    process.off('SIGINT', interrupt).off('SIGTERM', interrupt);
  }
};

/** The whole number after `name`, within 1..max; null when absent or invalid. */
function option(args: string[], name: string, max: number): number | null {
  const raw = args[args.indexOf(name) + 1];
  if (!args.includes(name) || raw === undefined || !/^\d+$/.test(raw)) return null;
  const value = Number(raw);
  return value >= 1 && value <= max ? value : null;
}
