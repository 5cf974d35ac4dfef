import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LoopbackConnector } from '../../../bot/cli/loopbackConnector';
import { loadConfig } from '../../../bot/infra/config';
import { openDatabase } from '../../../data/database';
import { seedDemoBankIfEmpty } from '../../../data/demo/seed';
import { LinkStore } from '../../../data/linkStore';
import { migratePostgres } from '../../../data/postgres/migrate';
import { PostgresClient, poolWithParsers } from '../../../data/sql/postgresClient';
import type { SqlClient } from '../../../data/sql/sqlClient';
import { sqliteClient } from '../../../data/sql/sqliteClient';
import { startBotProcess, type BotProcess } from '../../support/botProcess';
import { EVENTS_SECRET, payment, postEvent, say } from '../../support/crashTraffic';
import { createTestDatabase } from '../../support/postgres/testDatabase';

const PAGES = 50;
const EVENTS = 20;
/** Two processes to start (the first test of a run may also compile the bot). */
const TIMEOUT_MS = 180_000;

/** The database two processes share, the settings that name it, and the test's own client of it. */
interface Shared {
  env: Record<string, string>;
  sql: SqlClient;
  close(): Promise<void>;
}

const ENGINES: [string, (dir: string) => Promise<Shared>][] = [
  ['one SQLite file', async (dir) => {
    const path = join(dir, 'bank.db');
    const db = openDatabase(path);
    return { env: { DATABASE_PATH: path }, sql: sqliteClient(db), close: async () => { db.close(); } };
  }],
  ['one PostgreSQL database', async (dir) => {
    const database = await createTestDatabase();
    const pool = poolWithParsers(database.url, 2);
    // DROP DATABASE … WITH (FORCE) ends connections still closing: expected here, not a failure.
    pool.on('error', () => undefined);
    await migratePostgres(pool);
    return {
      env: { DATABASE_URL: database.url, DATABASE_PATH: join(dir, 'never.db') },
      sql: new PostgresClient(pool),
      close: async () => {
        await pool.end();
        await database.drop();
      },
    };
  }],
];

/** Seeds the demo bank before either process starts (so that they do not both seed it) and issues a code for Camille. */
async function seedWithCode(sql: SqlClient): Promise<string> {
  await seedDemoBankIfEmpty(sql, new Date(), 'Europe/Paris');
  const links = new LinkStore(sql, { ...loadConfig({}).linking, codeTtlMinutes: 60 });
  return await links.issueCode('c1', new Date()) as string;
}

async function waitUntil(done: () => Promise<boolean>): Promise<void> {
  while (!(await done())) await new Promise((resolve) => setTimeout(resolve, 50));
}

describe.each(ENGINES)('two bot processes over %s', (_engine, openShared) => {
  let dir: string;
  let shared: Shared;
  let processes: BotProcess[] = [];
  const connector = new LoopbackConnector();
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bank-two-'));
    shared = await openShared(dir);
  });
  afterEach(async () => {
    for (const bot of processes) bot.child.kill('SIGTERM');
    await Promise.all(processes.map((bot) => bot.exited));
    processes = [];
    await connector.stop();
    await shared.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function start(env: Record<string, string> = {}): Promise<BotProcess[]> {
    const settings = { ...shared.env, EVENTS_SECRET, RATE_LIMIT_PER_MINUTE: '1000', LOG_LEVEL: 'warn', ...env };
    processes = await Promise.all([startBotProcess(settings), startBotProcess(settings)]);
    return processes;
  }

  it(`counts every one of ${PAGES} "voir plus" sent at once to one conversation, alternately to each process`, async () => {
    const code = await seedWithCode(shared.sql);
    const serviceUrl = await connector.start();
    const [first, second] = await start();
    await say(first, serviceUrl, 'pager', `lier ${code}`);
    await say(second, serviceUrl, 'pager', 'les 5 dernières opérations');

    const replies = await Promise.all(Array.from({ length: PAGES }, (_, n) => say(n % 2 ? second : first, serviceUrl, 'pager', 'voir plus')));

    expect(replies.filter((texts) => texts !== undefined && texts.length > 0)).toHaveLength(PAGES);
    // Each "voir plus" moved the page on from where the one before it left it: 50 pages of 5 after the first.
    const state = await shared.sql.statement<{ document: unknown }>("SELECT document FROM bot_state WHERE key LIKE '%/users/pager/%'").get();
    const document = typeof state?.document === 'string' ? JSON.parse(state.document) : state?.document;
    expect(document.lastDataRequest.offset).toBe(PAGES * 5);
  }, TIMEOUT_MS);

  it(`sends each of ${EVENTS} notifications once when the events are posted alternately to each process`, async () => {
    const code = await seedWithCode(shared.sql);
    const serviceUrl = await connector.start();
    const delivered = new Map<string, number>();
    connector.onActivity(({ activity }) => {
      const amount = /Paiement de ([\d,]+)/.exec(activity.text ?? '')?.[1];
      if (amount) delivered.set(amount, (delivered.get(amount) ?? 0) + 1);
    });
    const [first, second] = await start({ NOTIFY_POLL_SECONDS: '1', NOTIFY_LEASE_SECONDS: '30' });
    await say(first, serviceUrl, 'subscriber', `lier ${code}`);
    await say(first, serviceUrl, 'subscriber', 'active les notifications');

    const statuses = await Promise.all(Array.from({ length: EVENTS }, (_, n) => postEvent(n % 2 ? second : first, payment(n + 1))));
    expect(statuses).toEqual(Array(EVENTS).fill(202));
    const unsent = shared.sql.statement("SELECT id FROM outbox WHERE status <> 'sent'");
    await waitUntil(async () => (await unsent.all()).length === 0);

    expect(delivered.size).toBe(EVENTS);
    expect([...delivered.values()]).toEqual(Array(EVENTS).fill(1));
  }, TIMEOUT_MS);
});
