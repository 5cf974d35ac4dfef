import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LoopbackConnector } from '../../../bot/cli/loopbackConnector';
import { loadConfig } from '../../../bot/infra/config';
import { openDatabase } from '../../../data/database';
import { seedDemoBankIfEmpty } from '../../../data/demo/seed';
import { LinkStore } from '../../../data/linkStore';
import { startBotProcess, type BotProcess } from '../../support/botProcess';
import { EVENTS_SECRET, payment, postEvent, say } from '../../support/crashTraffic';

const PAGES = 50;
/** Two processes to start (the first test of a run may also compile the bot). */
const TIMEOUT_MS = 180_000;
const EVENTS = 20;

/** What the two processes share: one SQLite file, seeded, with link codes for Camille (c1). */
async function sharedFile(dir: string, codes: number): Promise<{ path: string; codes: string[] }> {
  const path = join(dir, 'bank.db');
  const setup = openDatabase(path);
  await seedDemoBankIfEmpty(setup, new Date(), 'Europe/Paris');
  const links = new LinkStore(setup, { ...loadConfig({}).linking, codeTtlMinutes: 60 });
  const issued: string[] = [];
  for (let n = 0; n < codes; n++) issued.push(await links.issueCode('c1', new Date()) as string);
  setup.close();
  return { path, codes: issued };
}

function readFile<T>(path: string, sql: string): T[] {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}

async function waitUntil(done: () => boolean): Promise<void> {
  while (!done()) await new Promise((resolve) => setTimeout(resolve, 50));
}

describe('two bot processes over one SQLite file', () => {
  let dir: string;
  let processes: BotProcess[] = [];
  const connector = new LoopbackConnector();
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'bank-two-')); });
  afterEach(async () => {
    for (const bot of processes) bot.child.kill('SIGTERM');
    await Promise.all(processes.map((bot) => bot.exited));
    processes = [];
    await connector.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  async function start(path: string, env: Record<string, string> = {}): Promise<BotProcess[]> {
    const settings = { DATABASE_PATH: path, EVENTS_SECRET, RATE_LIMIT_PER_MINUTE: '1000', LOG_LEVEL: 'warn', ...env };
    processes = await Promise.all([startBotProcess(settings), startBotProcess(settings)]);
    return processes;
  }

  it(`counts every one of ${PAGES} "voir plus" sent at once to one conversation, alternately to each process`, async () => {
    const { path, codes } = await sharedFile(dir, 1);
    const serviceUrl = await connector.start();
    const [first, second] = await start(path);
    await say(first, serviceUrl, 'pager', `lier ${codes[0]}`);
    await say(second, serviceUrl, 'pager', 'les 5 dernières opérations');

    const replies = await Promise.all(Array.from({ length: PAGES }, (_, n) => say(n % 2 ? second : first, serviceUrl, 'pager', 'voir plus')));

    expect(replies.filter((texts) => texts !== undefined && texts.length > 0)).toHaveLength(PAGES);
    // Each "voir plus" moved the page on from where the one before it left it: 50 pages of 5 after the first.
    const [state] = readFile<{ document: string }>(path, "SELECT document FROM bot_state WHERE key LIKE '%/users/pager/%'");
    expect(JSON.parse(state.document).lastDataRequest.offset).toBe(PAGES * 5);
  }, TIMEOUT_MS);

  it(`sends each of ${EVENTS} notifications once when the events are posted alternately to each process`, async () => {
    const { path, codes } = await sharedFile(dir, 1);
    const serviceUrl = await connector.start();
    const delivered = new Map<string, number>();
    connector.onActivity(({ activity }) => {
      const amount = /Paiement de ([\d,]+)/.exec(activity.text ?? '')?.[1];
      if (amount) delivered.set(amount, (delivered.get(amount) ?? 0) + 1);
    });
    const [first, second] = await start(path, { NOTIFY_POLL_SECONDS: '1', NOTIFY_LEASE_SECONDS: '30' });
    await say(first, serviceUrl, 'subscriber', `lier ${codes[0]}`);
    await say(first, serviceUrl, 'subscriber', 'active les notifications');

    const statuses = await Promise.all(Array.from({ length: EVENTS }, (_, n) => postEvent(n % 2 ? second : first, payment(n + 1))));
    expect(statuses).toEqual(Array(EVENTS).fill(202));
    await waitUntil(() => readFile(path, "SELECT id FROM outbox WHERE status <> 'sent'").length === 0);

    expect(delivered.size).toBe(EVENTS);
    expect([...delivered.values()]).toEqual(Array(EVENTS).fill(1));
  }, TIMEOUT_MS);
});
