/**
 * `npm run bench`: recognition speed, store queries and query plans at a bank's scale, then the bot as
 * shipped against the framework's ceiling (an echo bot) and the transport's (bare express), over
 * loopback HTTP with `expectReplies`, every reply checked; then a memory soak. See README "Performance".
 */
import { composeBot } from '../compose';
import { loadConfig } from '../config';
import { systemClock } from '../clock';
import { createLogger } from '../logger';
import { fullScans, queryPlan, recordingStatements } from '../../data/queryPlans';
import { benchNlu } from './nlu';
import { openBenchBank } from './benchBank';
import { prepareUsers } from './conversations';
import { mergeResults, runLoad, type LoadResult } from './load';
import { parseBenchOptions, type BenchOptions } from './options';
import { benchQueries } from './queries';
import { summariseProfile } from './profileSummary';
import { loadTable, queryTable, targetLines } from './report';
import { startTarget, type RunningTarget } from './targets';

const CONCURRENCIES = [1, 10, 50];
/** Each row is measured in this many slices, alternating with the other targets. */
const ROUNDS = 3;
const TIME_ZONE = 'Europe/Paris';

async function main(options: BenchOptions): Promise<void> {
  console.log(`bench ${options.quick ? '(quick) ' : ''}on Node ${process.version}, ${new Date().toISOString()}${options.botEntry ? `, bot: ${options.botEntry}` : ''}`);
  const nluLines = await benchNlu();
  console.log(nluLines.join('\n'));
  const recognitionMedian = Number(/recognize median ([\d.]+) ms/.exec(nluLines.join('\n'))?.[1] ?? NaN);

  const bank = openBenchBank(options.customers, options.months);
  console.log(`bank: ${options.customers} customers, ${options.months} months, ${bank.rows} transactions (${bank.path})`);
  const now = new Date();
  const webchat = prepareUsers(bank.db, 'webchat', options.conversations, TIME_ZONE, now);
  const emulator = prepareUsers(bank.db, 'emulator', Math.min(1000, options.conversations), TIME_ZONE, now);
  const queryCustomers = webchat.slice(0, options.queryCustomers).map((user) => user.customerId);
  const timings = await benchQueries(bank.db, queryCustomers, now, TIME_ZONE);
  const plans = planSummary(bank.db);
  bank.db.close();
  console.log(queryTable(timings, plans.scans, plans.statements).join('\n'));

  const botEnv = { DATABASE_PATH: bank.path, SEED_DEMO_BANK: 'false', RATE_LIMIT_PER_MINUTE: '1000000' };
  const profileDir = 'bench-profile';
  const targets = [
    { label: 'bare express', target: await startTarget('express', {}) },
    { label: 'echo bot', target: await startTarget('echo', {}) },
    { label: 'bot (webchat)', target: await startTarget('bot', botEnv, options.profile ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [], options.botEntry) },
  ];
  const bot = targets[2].target;
  for (const { label, target } of targets) {
    await runLoad(target, webchat, { connections: 10, duration: 1, channelId: 'webchat', label: `${label} warm-up` });
  }
  const results: LoadResult[] = [];
  for (const connections of CONCURRENCIES) {
    // In turns, slice by slice: on a shared machine, load that comes and goes then weighs on every target alike.
    const slices = targets.map((): LoadResult[] => []);
    for (let round = 0; round < ROUNDS; round++) {
      for (const [index, { label, target }] of targets.entries()) {
        slices[index].push(await runLoad(target, webchat, { connections, duration: options.duration / ROUNDS, channelId: 'webchat', label }));
      }
    }
    results.push(...slices.map(mergeResults));
  }
  await targets[0].target.stop();
  await targets[1].target.stop();
  results.push(await runLoad(bot, emulator, { connections: 50, duration: options.duration, channelId: 'emulator', label: 'bot (emulator)' }));
  const memory = await soak(bot, options, webchat);
  results.push(memory.result);
  await bot.stop();
  if (options.profile) console.log(summariseProfile(profileDir).join('\n'));

  console.log(loadTable(results).join('\n'));
  console.log(targetLines(results, Number.isNaN(recognitionMedian) ? null : recognitionMedian, memory).join('\n'));
  console.log('The machine may be shared: absolute figures are noisy; the ratios, measured in the same run, are what compare.');
  if (results.some((r) => r.wrong > 0)) process.exitCode = 1;
}

/**
 * Resident memory at each tenth of a soak over many conversations at c=50. A leak grows with the
 * conversations seen; warming up (V8's heap, SQLite's page cache) levels off, so flat means the
 * second half's peak is hardly above the first's.
 */
async function soak(bot: RunningTarget, options: BenchOptions, users: Parameters<typeof runLoad>[1]) {
  const tenthsMb: number[] = [];
  const result = await runLoad(bot, users, { connections: 50, amount: options.soakTurns, channelId: 'webchat', label: `soak ${users.length} conv.` },
    (done) => { while (tenthsMb.length < 10 && done >= ((tenthsMb.length + 1) * options.soakTurns) / 10) tenthsMb.push(bot.rssMb()); });
  while (tenthsMb.length < 10) tenthsMb.push(bot.rssMb());
  return { result, tenthsMb };
}

/** How many statements the bot prepares, and how many full table scans their plans hold. */
function planSummary(db: Parameters<typeof queryPlan>[0]): { statements: number; scans: number } {
  const { db: recording, statements } = recordingStatements(db);
  composeBot(recording, loadConfig({}), systemClock, { recognize: () => { throw new Error('not used'); } }, createLogger('silent'));
  const scans = statements.flatMap((sql) => fullScans(queryPlan(db, sql)));
  scans.forEach((scan) => console.log(`full scan: ${scan}`));
  return { statements: statements.length, scans: scans.length };
}

main(parseBenchOptions(process.argv.slice(2))).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
