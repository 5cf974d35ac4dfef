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
import { runLoad, type LoadResult } from './load';
import { parseBenchOptions, type BenchOptions } from './options';
import { benchQueries } from './queries';
import { summariseProfile } from './profileSummary';
import { loadTable, queryTable, targetLines } from './report';
import { startTarget, type RunningTarget, type TargetName } from './targets';

const CONCURRENCIES = [1, 10, 50];
const TIME_ZONE = 'Europe/Paris';

async function main(options: BenchOptions): Promise<void> {
  console.log(`bench ${options.quick ? '(quick) ' : ''}on Node ${process.version}, ${new Date().toISOString()}`);
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
  const results: LoadResult[] = [];
  const measure = async (name: TargetName, label: string, env: NodeJS.ProcessEnv = {}, nodeArgs: string[] = []) => {
    const target = await startTarget(name, env, nodeArgs);
    await runLoad(target, webchat, { connections: 10, duration: 1, channelId: 'webchat', label: `${label} warm-up` });
    for (const connections of CONCURRENCIES) {
      results.push(await runLoad(target, webchat, { connections, duration: options.duration, channelId: 'webchat', label }));
    }
    return target;
  };
  await (await measure('express', 'bare express')).stop();
  await (await measure('echo', 'echo bot')).stop();
  const profileDir = 'bench-profile';
  const bot = await measure('bot', 'bot (webchat)', botEnv, options.profile ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []);
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

/** Resident memory after the first tenth of the soak and at its end, many conversations at c=50. */
async function soak(bot: RunningTarget, options: BenchOptions, users: Parameters<typeof runLoad>[1]) {
  let startMb = 0;
  const result = await runLoad(bot, users, { connections: 50, amount: options.soakTurns, channelId: 'webchat', label: `soak ${users.length} conv.` },
    (done) => { if (startMb === 0 && done >= options.soakTurns / 10) startMb = bot.rssMb(); });
  return { result, startMb, endMb: bot.rssMb() };
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
