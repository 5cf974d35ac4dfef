import { migratePostgres } from '../../../data/postgres/migrate';
import { PostgresOutboxQueue } from '../../../data/postgres/outboxQueue';
import { createTestDatabase, type TestDatabase } from '../../support/postgres/testDatabase';

const NOW = new Date('2026-11-29T09:00:00Z');
const LEASE_MS = 60_000;
const payload = { transaction: { accountName: 'Compte courant', accountType: 'checking' as const, currency: 'EUR', amountCents: -4200, counterparty: 'Cinéma Pathé', status: 'booked' as const, balanceCents: 344015 } };

describe('the outbox queue on PostgreSQL', () => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase();
    await migratePostgres(database.pool);
  });
  afterEach(() => database.drop());

  async function enqueue(queue: PostgresOutboxQueue, count: number): Promise<void> {
    for (let n = 0; n < count; n++) {
      await queue.enqueue({ eventId: `evt-${n}`, channelId: 'emulator', userId: `user-${n}`, customerId: 'c1', payload }, 'transaction.booked', NOW);
    }
  }

  it('hands each of 200 notifications to exactly one of two processes claiming at the same time', async () => {
    const queues = [new PostgresOutboxQueue(database.pool), new PostgresOutboxQueue(database.openPool())];
    await enqueue(queues[0], 200);
    const lease = new Date(NOW.getTime() + LEASE_MS);
    const claimed: string[][] = [[], []];
    for (let round = 0; round < 30 && claimed[0].length + claimed[1].length < 200; round++) {
      await Promise.all(queues.flatMap((queue, n) => [1, 2].map(async () => {
        for (const item of await queue.claimDue(NOW, 10, `process-${n}`, lease)) {
          claimed[n].push(item.eventId);
          await queue.markSent(item.id, NOW);
        }
      })));
    }
    const all = [...claimed[0], ...claimed[1]];
    expect(all).toHaveLength(200);
    expect(new Set(all).size).toBe(200);
    const { rows } = await database.pool.query("SELECT count(*)::int AS n FROM outbox WHERE status = 'sent' AND attempts = 1");
    expect(rows).toEqual([{ n: 200 }]);
  });

  it('queues an event once per chat, and gives a claim of a process that died to another after the lease', async () => {
    const queue = new PostgresOutboxQueue(database.pool);
    await enqueue(queue, 1);
    expect(await queue.enqueue({ eventId: 'evt-0', channelId: 'emulator', userId: 'user-0', customerId: 'c1', payload }, 'transaction.booked', NOW)).toBe(false);
    const lease = new Date(NOW.getTime() + LEASE_MS);
    expect((await queue.claimDue(NOW, 10, 'died', lease)).map((item) => item.eventId)).toEqual(['evt-0']);
    expect(await queue.claimDue(new Date(lease.getTime() - 1), 10, 'survivor', new Date(lease.getTime() + LEASE_MS))).toEqual([]);
    const [taken] = await queue.claimDue(lease, 10, 'survivor', new Date(lease.getTime() + LEASE_MS));
    expect(taken).toMatchObject({ eventId: 'evt-0', userId: 'user-0', attempts: 0, payload });
  });
});
