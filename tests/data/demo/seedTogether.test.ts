import { seedDemoBankIfEmpty } from '../../../data/demo/seed';
import { PostgresClient, poolWithParsers } from '../../../data/sql/postgresClient';
import { createTestDatabase, type TestDatabase } from '../../support/postgres/testDatabase';
import { rowCounts } from '../fixtures/counts';

/** Two instances starting together on an empty PostgreSQL database (issue #14): one seeds, the other finds it done. */
describe('seedDemoBankIfEmpty, two processes at once on PostgreSQL', () => {
  let database: TestDatabase;
  beforeAll(async () => { database = await createTestDatabase({ migrated: true }); });
  afterAll(() => database.drop());

  it('seeds the demo bank once: one says it seeded, the other that it found customers', async () => {
    const pools = [poolWithParsers(database.url, 2), poolWithParsers(database.url, 2)];
    // pool.end() resolves before its sockets close; the DROP … WITH (FORCE) at the end may end one still closing.
    for (const pool of pools) pool.on('error', () => undefined);
    const [first, second] = pools.map((pool) => new PostgresClient(pool));
    const now = new Date('2026-11-29T10:00:00+01:00');
    try {
      const seeded = await Promise.all([seedDemoBankIfEmpty(first, now, 'Europe/Paris'), seedDemoBankIfEmpty(second, now, 'Europe/Paris')]);
      expect(seeded.sort()).toEqual([false, true]);
      expect((await rowCounts(first)).customers).toBe(4);
    } finally {
      await first.close();
      await second.close();
    }
  });
});
