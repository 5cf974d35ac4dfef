/**
 * `npm run bench`: recognition speed, store queries and query plans at a bank's scale, then the bot as
 * shipped against the framework's ceilings (an echo bot; a dialog on `MemoryStorage`) and the transport's (bare express), over
 * loopback HTTP with `expectReplies`, every reply checked; then a memory soak. See README "Performance".
 */
import os from 'node:os';
import { composeBot } from '../infra/compose';
import { loadConfig } from '../infra/config';
import { systemClock } from '../infra/clock';
import { createLogger } from '../infra/logger';
import { fullScans, hotStatements, queryPlan, recordingStatements } from '../../data/queryPlans';
import type { Db } from '../../data/database';
import { benchNlu } from './nlu';
import { openBenchBank } from './benchBank';
import { prepareUsers, type BenchUser } from './conversations';
import { runLoad } from './load';
import { httpRows } from './httpRows';
import { parseBenchOptions, type BenchOptions } from './options';
import { benchQueries } from './queries';
import { summariseProfile } from './profileSummary';
import { loadTable, queryTable, targetLines } from './report';
import { startTarget, type RunningTarget } from './targets';
import { engineRows, engineTable } from './engineRows';
import { openBenchPostgres } from './benchPostgres';

const TIME_ZONE = 'Europe/Paris';

async function main(options: BenchOptions): Promise<void> {
  const bot = options.botEntry ? `, bot: ${options.botEntry}` : '';
  console.log(`bench ${options.quick ? '(quick) ' : ''}on Node ${process.version}, ${new Date().toISOString()}${bot}`);
  const recognitionMedian = options.soakOnly || options.engine === 'postgres' ? null : await recognition();

  const bank = openBenchBank(options.customers, options.months);
  console.log(`bank: ${options.customers} customers, ${options.months} months, ${bank.rows} transactions (${bank.path})`);
  const now = new Date();
  const webchat = await prepareUsers(bank.db, 'webchat', options.conversations, TIME_ZONE, now);
  if (options.engine === 'postgres') return compareEngines(bank, webchat, options);
  const emulator = await prepareUsers(bank.db, 'emulator', Math.min(1000, options.conversations), TIME_ZONE, now);
  if (!options.soakOnly) await storeQueries(bank.db, webchat.slice(0, options.queryCustomers), now);
  bank.db.close();

  // JSON log lines, as in production (development's readable lines cost a formatter on every turn).
  const botEnv = { DATABASE_PATH: bank.path, SEED_DEMO_BANK: 'false', RATE_LIMIT_PER_MINUTE: '1000000', LOG_FORMAT: 'json' };
  const profileDir = 'bench-profile';
  const target = await startTarget('bot', botEnv, options.profile ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [], options.botEntry);
  const results = options.soakOnly ? [] : await httpRows(target, { webchat, emulator }, options.duration);
  const memory = await soak(target, options, webchat);
  results.push(memory.result);
  await target.stop();
  if (options.profile) console.log(summariseProfile(profileDir).join('\n'));

  console.log(loadTable(results).join('\n'));
  console.log(targetLines(results, recognitionMedian, memory).join('\n'));
  console.log('The machine may be shared: absolute figures are noisy; the ratios, measured in the same run, are what compare.');
  if (results.some((r) => r.wrong > 0)) process.exitCode = 1;
}

/** The bot on SQLite and on PostgreSQL, one and two processes, over the same bank and chat users. */
async function compareEngines(bank: { db: Db; path: string }, users: BenchUser[], options: BenchOptions): Promise<void> {
  const postgres = await openBenchPostgres(bank.db);
  bank.db.close();
  const common = { SEED_DEMO_BANK: 'false', RATE_LIMIT_PER_MINUTE: '1000000', LOG_LEVEL: 'warn' };
  try {
    const rows = await engineRows([
      { name: 'SQLite', env: { ...common, DATABASE_URL: '', DATABASE_PATH: bank.path } },
      { name: 'PostgreSQL', env: { ...common, DATABASE_URL: postgres.url } },
    ], users, options.duration);
    console.log(engineTable(rows).join('\n'));
    console.log(`SQLite: ${bank.path} (WAL); ${postgres.origin}; ${os.cpus().length} cores, load average ${os.loadavg().map((n) => n.toFixed(1)).join(' ')}`);
    console.log('The machine may be shared: absolute figures are noisy; the ratios, measured in the same run, are what compare.');
    if (rows.some((row) => row.result.wrong > 0)) process.exitCode = 1;
  } finally {
    await postgres.close();
  }
}

/** `bot/bench/nlu.ts`'s lines, and the median it measured. */
async function recognition(): Promise<number | null> {
  const lines = (await benchNlu()).join('\n');
  console.log(lines);
  const median = Number(/recognize median ([\d.]+) ms/.exec(lines)?.[1] ?? NaN);
  return Number.isNaN(median) ? null : median;
}

async function storeQueries(db: Db, users: BenchUser[], now: Date): Promise<void> {
  const timings = await benchQueries(db, users.map((user) => user.customerId), now, TIME_ZONE);
  const plans = planSummary(db);
  console.log(queryTable(timings, plans.scans, plans.statements).join('\n'));
}

/**
 * Resident memory at each tenth of a soak over many conversations at c=50. A leak grows with the
 * conversations seen; warming up (V8's heap, SQLite's page cache) levels off, so flat means the
 * second half's peak is hardly above the first's.
 */
async function soak(bot: RunningTarget, options: BenchOptions, users: BenchUser[]) {
  const tenthsMb: number[] = [];
  const run = { connections: 50, amount: options.soakTurns, channelId: 'webchat', label: `soak ${users.length} conv.` };
  const result = await runLoad(bot, users, run, (done) => {
    while (tenthsMb.length < 10 && done >= ((tenthsMb.length + 1) * options.soakTurns) / 10) tenthsMb.push(bot.rssMb());
  });
  while (tenthsMb.length < 10) tenthsMb.push(bot.rssMb());
  return { result, tenthsMb };
}

/** How many statements a turn may run, and how many full table scans their plans hold. */
function planSummary(db: Db): { statements: number; scans: number } {
  const { db: recording, statements } = recordingStatements(db);
  composeBot(recording, loadConfig({}), systemClock, { recognize: () => { throw new Error('not used'); } }, createLogger('silent'));
  const hot = hotStatements(statements);
  const scans = hot.flatMap((sql) => fullScans(queryPlan(db, sql)));
  scans.forEach((scan) => console.log(`full scan: ${scan}`));
  return { statements: hot.length, scans: scans.length };
}

main(parseBenchOptions(process.argv.slice(2))).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
