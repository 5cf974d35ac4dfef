import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FixedClock } from '../../../bot/infra/clock';
import { silentLogger } from '../../../bot/infra/logger';
import { NotificationDispatcher } from '../../../bot/notifications/dispatcher';
import { ConversationReferenceStore } from '../../../data/conversationReferenceStore';
import { openDatabase, type Db } from '../../../data/database';
import { OutboxStore } from '../../../data/outboxStore';

const NOW = '2026-11-29T10:00:00+01:00';
const LEASE_MS = 60_000;

/** A channel that takes its time (one turn of the event loop), so that two dispatchers' sends interleave. */
function slowChannel(sent: string[]) {
  return {
    continueConversationAsync: async (_appId: string, reference: never, logic: (context: never) => Promise<void>) => {
      const user = (reference as { user: { id: string } }).user.id;
      await logic({ sendActivity: async () => { await new Promise((resolve) => setImmediate(resolve)); sent.push(user); } } as never);
    },
  };
}

/** One process's view: its own connection to the shared file, its own dispatcher. */
function processOn(path: string, clock: FixedClock, sent: string[], owner: string) {
  const db = openDatabase(path);
  const outbox = new OutboxStore(db);
  const dispatcher = new NotificationDispatcher({
    outbox, references: new ConversationReferenceStore(db), adapter: slowChannel(sent) as never, botAppId: '',
    clock, random: () => 0.5, timeZone: 'Europe/Paris', logger: silentLogger, owner,
    policy: { maxAttempts: 5, backoff: { baseMs: 5000, maxMs: 60_000 }, pollMs: 1000, batchSize: 50, leaseMs: LEASE_MS },
  });
  return { db, outbox, dispatcher };
}

async function enqueue(db: Db, count: number, clock: FixedClock): Promise<void> {
  const outbox = new OutboxStore(db);
  const references = new ConversationReferenceStore(db);
  const payload = { transaction: { accountName: 'Compte courant', accountType: 'checking' as const, currency: 'EUR', amountCents: -4200, counterparty: 'Cinéma Pathé', status: 'booked' as const, balanceCents: 344015 } };
  for (let n = 0; n < count; n++) {
    const userId = `user-${n}`;
    db.prepare("INSERT INTO events (id, type, received_at, body) VALUES (?, 'transaction.booked', ?, '{}')").run(`evt-${n}`, clock.now().toISOString());
    await references.save({ channelId: 'emulator', userId, customerId: null, language: 'fr', reference: { user: { id: userId } }, lastMessageAt: clock.now() });
    await outbox.enqueue({ eventId: `evt-${n}`, channelId: 'emulator', userId, customerId: 'c1', payload }, clock.now());
  }
}

describe('several dispatchers over one SQLite file', () => {
  let dir: string;
  let path: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'bank-dispatchers-'));
    path = join(dir, 'bank.db');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('sends each of 200 notifications exactly once with two dispatchers running at once', async () => {
    const clock = new FixedClock(NOW);
    const sent: string[] = [];
    const first = processOn(path, clock, sent, 'process-1');
    const second = processOn(path, clock, sent, 'process-2');
    await enqueue(first.db, 200, clock);

    let rounds = 0;
    while ((await first.outbox.unfinished()).length > 0 && rounds++ < 10) {
      await Promise.all([first.dispatcher.runDue(), second.dispatcher.runDue(), first.dispatcher.runDue(), second.dispatcher.runDue()]);
    }

    expect(sent).toHaveLength(200);
    expect(new Set(sent).size).toBe(200);
    expect(first.db.prepare("SELECT count(*) AS n FROM outbox WHERE status = 'sent' AND attempts = 1 AND claimed_by IS NULL").get()).toEqual({ n: 200 });
    first.db.close();
    second.db.close();
  });

  it('leaves a row claimed by a process that died to others until the lease lapses, then sends it once', async () => {
    const clock = new FixedClock(NOW);
    const sent: string[] = [];
    const survivor = processOn(path, clock, sent, 'survivor');
    await enqueue(survivor.db, 1, clock);
    const died = new OutboxStore(openDatabase(path));
    expect((await died.claimDue(clock.now(), 50, 'died', new Date(clock.now().getTime() + LEASE_MS))).map((item) => item.eventId)).toEqual(['evt-0']);

    clock.advance(LEASE_MS - 1);
    expect(await survivor.dispatcher.runDue()).toBe(0);
    clock.advance(1);
    expect(await survivor.dispatcher.runDue()).toBe(1);
    expect(await survivor.dispatcher.runDue()).toBe(0);
    expect(sent).toEqual(['user-0']);
    survivor.db.close();
  });
});
