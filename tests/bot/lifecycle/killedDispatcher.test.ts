import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LoopbackConnector } from '../../../bot/cli/loopbackConnector';
import { loadConfig } from '../../../bot/infra/config';
import { seedDemoBankIfEmpty } from '../../../data/demo/seed';
import { LinkStore } from '../../../data/linkStore';
import { migratePostgres } from '../../../data/postgres/migrate';
import { PostgresClient, poolWithParsers } from '../../../data/sql/postgresClient';
import { startBotProcess, type BotProcess } from '../../support/botProcess';
import { EVENTS_SECRET, payment, postEvent, say } from '../../support/crashTraffic';
import { createTestDatabase, type TestDatabase } from '../../support/postgres/testDatabase';

const EVENTS = 200;
const LEASE_SECONDS = 10;

/**
 * Two bot processes over one PostgreSQL database, one killed (SIGKILL) while it sends: what it had
 * claimed goes out from the other once the lease lapses. (On SQLite the killed process's lease on the
 * subscriber's conversation, 60 s, would hold the survivor's sends that long: the same case runs there
 * in-process, in tests/bot/notifications/severalDispatchers.test.ts.)
 */
describe('a dispatcher killed mid-run, beside another, over one PostgreSQL database', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bank-killed-'));
  const connector = new LoopbackConnector();
  let database: TestDatabase;
  let sql: PostgresClient;
  let processes: BotProcess[] = [];
  beforeAll(async () => {
    database = await createTestDatabase();
    const pool = poolWithParsers(database.url, 2);
    // DROP DATABASE … WITH (FORCE) ends connections still closing: expected here, not a failure.
    pool.on('error', () => undefined);
    await migratePostgres(pool);
    sql = new PostgresClient(pool);
  });
  afterAll(async () => {
    for (const bot of processes) if (bot.child.exitCode === null && bot.child.signalCode === null) bot.child.kill('SIGTERM');
    await Promise.all(processes.map((bot) => bot.exited));
    await connector.stop();
    await sql.close();
    await database.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it(`delivers each of ${EVENTS} notifications, none lost, none twice but the one in flight at the kill`, async () => {
    await seedDemoBankIfEmpty(sql, new Date(), 'Europe/Paris');
    const code = await new LinkStore(sql, { ...loadConfig({}).linking, codeTtlMinutes: 60 }).issueCode('c1', new Date()) as string;
    const serviceUrl = await connector.start();
    const deliveries = new Map<string, number>();
    connector.onActivity(({ activity }) => {
      const amount = /Paiement de ([\d,]+)/.exec(activity.text ?? '')?.[1];
      if (amount) deliveries.set(amount, (deliveries.get(amount) ?? 0) + 1);
    });
    const settings = {
      DATABASE_URL: database.url, DATABASE_PATH: join(dir, 'never.db'), EVENTS_SECRET, LOG_LEVEL: 'warn',
      RATE_LIMIT_PER_MINUTE: '100000', NOTIFY_POLL_SECONDS: '1', NOTIFY_LEASE_SECONDS: String(LEASE_SECONDS),
    };
    processes = await Promise.all([startBotProcess(settings), startBotProcess(settings)]);
    const [dying, survivor] = processes;
    await say(survivor, serviceUrl, 'subscriber', `lier ${code}`);
    await say(survivor, serviceUrl, 'subscriber', 'active les notifications');

    // All posted to the process about to die: its dispatcher is woken at once, the other's polls.
    for (let n = 1; n <= EVENTS; n++) expect(await postEvent(dying, payment(n))).toBe(202);
    while (deliveries.size < 20) await new Promise((resolve) => setTimeout(resolve, 10));
    dying.child.kill('SIGKILL');
    expect(await dying.exited).toEqual({ code: null, signal: 'SIGKILL' });

    const unsent = sql.statement("SELECT id FROM outbox WHERE status <> 'sent'");
    while ((await unsent.all()).length > 0) await new Promise((resolve) => setTimeout(resolve, 100));

    expect(deliveries.size).toBe(EVENTS);
    // A message the channel took just before the kill, not yet marked sent, goes again: at most that one.
    const twice = [...deliveries.values()].filter((count) => count > 1);
    expect(twice.length <= 1 && twice.every((count) => count === 2)).toBe(true);
  }, 180_000);
});
