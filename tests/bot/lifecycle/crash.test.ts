import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LoopbackConnector } from '../../../bot/cli/loopbackConnector';
import { loadConfig } from '../../../bot/infra/config';
import { openDatabase } from '../../../data/database';
import { seedDemoBankIfEmpty } from '../../../data/demo/seed';
import { LinkStore } from '../../../data/linkStore';
import { SeededRandom } from '../../../data/demo/random';
import { startBotProcess, type BotProcess } from '../../support/botProcess';
import { EVENTS_SECRET, say, trafficUntilDeath, type Acknowledged } from '../../support/crashTraffic';

const KILLS = 20;
const SUBSCRIBER = 'crash-subscriber';

describe('SIGKILL while serving turns and events', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bank-crash-'));
  const path = join(dir, 'bank.db');
  const connector = new LoopbackConnector();
  const env = { DATABASE_PATH: path, EVENTS_SECRET, NOTIFY_POLL_SECONDS: '1', NOTIFY_BACKOFF_SECONDS: '1', NOTIFY_LEASE_SECONDS: '1', LOG_LEVEL: 'warn' };
  afterAll(async () => {
    await connector.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The notification each connector delivery carries: its amount in cents, which is its event's k. */
  const deliveredEventOf = (text: string) => Number(/Paiement de (\d+),(\d\d)/.exec(text)!.slice(1, 3).join(''));

  it(`loses nothing acknowledged and sends each notification once, over ${KILLS} kills`, async () => {
    const serviceUrl = await connector.start();
    const codes = new Map<string, string>();
    const setup = openDatabase(path);
    await seedDemoBankIfEmpty(setup, new Date(), 'Europe/Paris');
    const links = new LinkStore(setup, { ...loadConfig({}).linking, codeTtlMinutes: 60 });
    for (let i = 0; i < 400; i++) codes.set(`crash-user-${i}`, await links.issueCode('c1', new Date()) as string);
    const subscriberCode = await links.issueCode('c1', new Date()) as string;
    setup.close();

    let bot: BotProcess = await startBotProcess(env);
    await say(bot, serviceUrl, SUBSCRIBER, `lier ${subscriberCode}`);
    await say(bot, serviceUrl, SUBSCRIBER, 'active les notifications');

    const ack: Acknowledged = { events: new Set(), links: new Set(), answers: new Map() };
    const next = { user: 0, event: 0 };
    const random = new SeededRandom(13);
    /** Per process generation, the events whose notification the connector received, in order. */
    const deliveries: number[][] = [];
    connector.onActivity(({ activity }) => {
      if (activity.text?.startsWith('💳')) deliveries.at(-1)!.push(deliveredEventOf(activity.text));
    });

    deliveries.push([]);
    for (let kill = 0; kill < KILLS; kill++) {
      const traffic = trafficUntilDeath(bot, serviceUrl, codes, next, ack);
      // Each generation acknowledges some of everything first, whatever the machine's speed; the kill
      // then lands at a random point of the traffic that follows.
      const before = { events: ack.events.size, answers: answered(ack) };
      await waitUntil(() => ack.events.size > before.events && answered(ack) > before.answers);
      await new Promise((resolve) => setTimeout(resolve, random.next() * 300));
      bot.child.kill('SIGKILL');
      expect(await bot.exited).toEqual({ code: null, signal: 'SIGKILL' });
      await traffic;
      deliveries.push([]);
      bot = await startBotProcess(env);
      expectNothingLost(path, ack);
    }

    await waitUntil(() => pendingNotifications(path) === 0);
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toEqual({ code: 0, signal: null });

    const db = new Database(path, { readonly: true });
    const notified = (db.prepare("SELECT count(*) AS n FROM outbox WHERE status = 'sent'").get() as { n: number }).n;
    db.close();
    expect(ack.events.size).toBeGreaterThanOrEqual(KILLS);
    expect(ack.links.size).toBeGreaterThan(0);
    expect(notified).toBeGreaterThanOrEqual(ack.events.size);
    const all = deliveries.flat();
    expect(new Set(all).size).toBe(notified);
    // At least once, and again only for the send a kill cut short: the last one of its generation.
    const seen = new Set<number>();
    for (const generation of deliveries) {
      for (const k of generation) {
        if (seen.has(k)) expect(deliveries.some((earlier) => earlier.at(-1) === k && earlier !== generation)).toBe(true);
        seen.add(k);
      }
    }
    expect(all.length - seen.size).toBeLessThanOrEqual(KILLS);
  }, 600_000);
});

function expectNothingLost(path: string, ack: Acknowledged): void {
  const db = new Database(path, { readonly: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const events = new Set(db.prepare('SELECT id FROM events').pluck().all() as string[]);
    expect([...ack.events].filter((id) => !events.has(id))).toEqual([]);
    // An event is stored whole: its transaction and its notification with it, or nothing.
    expect(db.prepare(`SELECT count(*) FROM events e
      WHERE NOT EXISTS (SELECT 1 FROM transactions t WHERE t.id = 'tx-' || e.id)
         OR NOT EXISTS (SELECT 1 FROM outbox o WHERE o.event_id = e.id)`).pluck().get()).toBe(0);
    const linked = new Set(db.prepare("SELECT user_id FROM links WHERE channel_id = 'emulator'").pluck().all() as string[]);
    expect([...ack.links].filter((user) => !linked.has(user))).toEqual([]);
    const audited = db.prepare("SELECT count(*) FROM audit_log WHERE user_id = ? AND intent = 'Balance'").pluck();
    const missing = [...ack.answers].filter(([user, answers]) => (audited.get(user) as number) < answers);
    expect(missing).toEqual([]);
  } finally {
    db.close();
  }
}

function answered(ack: Acknowledged): number {
  return [...ack.answers.values()].reduce((sum, n) => sum + n, 0);
}

function pendingNotifications(path: string): number {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare("SELECT count(*) FROM outbox WHERE status = 'pending'").pluck().get() as number;
  } finally {
    db.close();
  }
}

async function waitUntil(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 100));
}
