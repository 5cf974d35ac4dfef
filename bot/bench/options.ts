import { resolve } from 'node:path';

/** `npm run bench -- [--quick] [--customers N] [--months M] [--duration S] [--soak T] [--profile] [--soak-only] [--bot <dist/bot/index.js>] [--engine postgres]`. */
export interface BenchOptions {
  customers: number;
  months: number;
  /** Seconds of load per row of the table. */
  duration: number;
  /** Linked chat users (conversations) the load speaks as. */
  conversations: number;
  /** Turns of the memory soak, spread over all conversations. */
  soakTurns: number;
  /** Customers whose store queries are timed one by one. */
  queryCustomers: number;
  /** Start the bot with `--cpu-prof` and say where the profile is. */
  profile: boolean;
  quick: boolean;
  /** Only the bot's memory soak (no recognition, queries or HTTP rows). */
  soakOnly: boolean;
  /** Another build's entry point to measure as the bot (to compare before and after a change); default this one. */
  botEntry?: string;
  /** `postgres`: only the bot, one and two processes, on SQLite and on PostgreSQL side by side (`engineRows.ts`). */
  engine: 'sqlite' | 'postgres';
}

const FULL: BenchOptions = {
  customers: 100_000, months: 24, duration: 10, conversations: 10_000, soakTurns: 100_000, queryCustomers: 2_000, profile: false, quick: false, soakOnly: false,
  engine: 'sqlite',
};
const QUICK: BenchOptions = {
  customers: 2_000, months: 6, duration: 3, conversations: 500, soakTurns: 5_000, queryCustomers: 300, profile: false, quick: true, soakOnly: false,
  engine: 'sqlite',
};

export function parseBenchOptions(argv: string[]): BenchOptions {
  const options = { ...(argv.includes('--quick') ? QUICK : FULL), profile: argv.includes('--profile'), soakOnly: argv.includes('--soak-only') };
  const numbers: [string, keyof BenchOptions][] = [
    ['--customers', 'customers'], ['--months', 'months'], ['--duration', 'duration'], ['--soak', 'soakTurns'], ['--conversations', 'conversations'],
  ];
  for (const [flag, key] of numbers) {
    const at = argv.indexOf(flag);
    if (at < 0) continue;
    const value = Number(argv[at + 1]);
    if (!Number.isInteger(value) || value <= 0) throw new Error(`${flag} needs a positive whole number`);
    (options as Record<string, unknown>)[key] = value;
  }
  const engine = argv.indexOf('--engine');
  if (engine >= 0) {
    const name = argv[engine + 1];
    if (name !== 'sqlite' && name !== 'postgres') throw new Error('--engine needs sqlite or postgres');
    options.engine = name;
  }
  const bot = argv.indexOf('--bot');
  if (bot >= 0) options.botEntry = resolve(argv[bot + 1] ?? '');
  options.conversations = Math.min(options.conversations, options.customers);
  return options;
}
