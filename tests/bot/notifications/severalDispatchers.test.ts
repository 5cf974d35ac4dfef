import { FixedClock } from '../../../bot/infra/clock';
import { silentLogger } from '../../../bot/infra/logger';
import { NotificationDispatcher } from '../../../bot/notifications/dispatcher';
import { ConversationReferenceStore } from '../../../data/conversationReferenceStore';
import { OutboxStore } from '../../../data/outboxStore';
import type { SqlClient } from '../../../data/sql/sqlClient';
import { SHARED_ENGINES, type SharedDatabase } from '../../support/sharedDatabase';

const NOW = '2026-11-29T10:00:00+01:00';
const LEASE_MS = 60_000;
const EVENTS = 200;

/** Deliveries per chat user, as the channel counts them. */
type Deliveries = Map<string, number>;

/**
 * A channel that takes its time (one turn of the event loop), so that two dispatchers' sends interleave.
 * `dies` (optional) is asked before each send: true, and the process is gone — the send never reaches
 * the channel and never returns.
 */
function slowChannel(deliveries: Deliveries, dies: () => boolean = () => false) {
  return {
    continueConversationAsync: async (_appId: string, reference: never, logic: (context: never) => Promise<void>) => {
      const user = (reference as { user: { id: string } }).user.id;
      await logic({
        sendActivity: async () => {
          if (dies()) await new Promise(() => undefined);
          await new Promise((resolve) => setImmediate(resolve));
          deliveries.set(user, (deliveries.get(user) ?? 0) + 1);
        },
      } as never);
    },
  };
}

/** One process's view: its own client of the shared database, its own dispatcher. */
function processOn(sql: SqlClient, clock: FixedClock, deliveries: Deliveries, owner: string, dies?: () => boolean) {
  const outbox = new OutboxStore(sql);
  const dispatcher = new NotificationDispatcher({
    outbox, references: new ConversationReferenceStore(sql), adapter: slowChannel(deliveries, dies) as never, botAppId: '',
    clock, random: () => 0.5, timeZone: 'Europe/Paris', logger: silentLogger, owner,
    policy: { maxAttempts: 5, backoff: { baseMs: 5000, maxMs: 60_000 }, pollMs: 1000, batchSize: 50, leaseMs: LEASE_MS },
  });
  return { sql, outbox, dispatcher };
}

async function enqueue(sql: SqlClient, count: number, clock: FixedClock): Promise<void> {
  const outbox = new OutboxStore(sql);
  const references = new ConversationReferenceStore(sql);
  const recordEvent = sql.statement("INSERT INTO events (id, type, received_at, body) VALUES (@id, 'transaction.booked', @now, '{}')");
  const payload = { transaction: { accountName: 'Compte courant', accountType: 'checking' as const, currency: 'EUR', amountCents: -4200, counterparty: 'Cinéma Pathé', status: 'booked' as const, balanceCents: 344015 } };
  for (let n = 0; n < count; n++) {
    const userId = `user-${n}`;
    await recordEvent.run({ id: `evt-${n}`, now: clock.now().toISOString() });
    await references.save({ channelId: 'emulator', userId, customerId: null, language: 'fr', reference: { user: { id: userId } }, lastMessageAt: clock.now() });
    await outbox.enqueue({ eventId: `evt-${n}`, channelId: 'emulator', userId, customerId: 'c1', payload }, clock.now());
  }
}

/** Rows sent once each and no longer claimed. */
async function sentOnce(sql: SqlClient): Promise<number> {
  const row = await sql.statement<{ n: number }>(
    "SELECT count(*) AS n FROM outbox WHERE status = 'sent' AND attempts = 1 AND claimed_by IS NULL").get();
  return row!.n;
}

describe.each(SHARED_ENGINES)('several dispatchers over one database, on %s', (_engine, open) => {
  let database: SharedDatabase;
  beforeEach(async () => { database = await open(); });
  afterEach(() => database.close());

  it(`sends each of ${EVENTS} notifications exactly once with two dispatchers running at once`, async () => {
    const clock = new FixedClock(NOW);
    const deliveries: Deliveries = new Map();
    const [first, second] = database.clients.map((sql, n) => processOn(sql, clock, deliveries, `process-${n + 1}`));
    await enqueue(first.sql, EVENTS, clock);

    let rounds = 0;
    while ((await first.outbox.unfinished()).length > 0 && rounds++ < 10) {
      await Promise.all([first.dispatcher.runDue(), second.dispatcher.runDue(), first.dispatcher.runDue(), second.dispatcher.runDue()]);
    }

    expect(deliveries.size).toBe(EVENTS);
    expect([...deliveries.values()].every((count) => count === 1)).toBe(true);
    expect(await sentOnce(first.sql)).toBe(EVENTS);
  });

  it('loses and doubles none when one of two dispatchers dies mid-run: its claim goes to the other once the lease lapses', async () => {
    const clock = new FixedClock(NOW);
    const deliveries: Deliveries = new Map();
    let sendsBeforeDeath = 30;
    const dying = processOn(database.clients[0], clock, deliveries, 'dies', () => sendsBeforeDeath-- <= 0);
    const survivor = processOn(database.clients[1], clock, deliveries, 'survivor');
    await enqueue(survivor.sql, EVENTS, clock);

    // The dying process's pass never ends: it is frozen mid-send, the rest of its claim still leased.
    void dying.dispatcher.runDue();
    let rounds = 0;
    while (await survivor.dispatcher.runDue() > 0 && rounds++ < 10);
    const stranded = (await survivor.outbox.unfinished()).map((row) => row.eventId);
    // It had claimed a batch of 50 and sent 30 of them: 20 wait for its lease to lapse.
    expect(stranded).toHaveLength(20);
    expect(deliveries.size).toBe(EVENTS - 20);

    clock.advance(LEASE_MS);
    while (await survivor.dispatcher.runDue() > 0 && rounds++ < 20);

    expect(deliveries.size).toBe(EVENTS);
    expect([...deliveries.values()].every((count) => count === 1)).toBe(true);
    expect(await sentOnce(survivor.sql)).toBe(EVENTS);
  });

  it('leaves a row claimed by a process that died to others until the lease lapses, then sends it once', async () => {
    const clock = new FixedClock(NOW);
    const deliveries: Deliveries = new Map();
    const survivor = processOn(database.clients[0], clock, deliveries, 'survivor');
    await enqueue(survivor.sql, 1, clock);
    const died = new OutboxStore(database.clients[1]);
    expect((await died.claimDue(clock.now(), 50, 'died', new Date(clock.now().getTime() + LEASE_MS))).map((item) => item.eventId)).toEqual(['evt-0']);

    clock.advance(LEASE_MS - 1);
    expect(await survivor.dispatcher.runDue()).toBe(0);
    clock.advance(1);
    expect(await survivor.dispatcher.runDue()).toBe(1);
    expect(await survivor.dispatcher.runDue()).toBe(0);
    expect([...deliveries]).toEqual([['user-0', 1]]);
  });
});
