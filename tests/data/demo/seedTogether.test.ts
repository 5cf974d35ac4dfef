import { seedDemoBankIfEmpty } from '../../../data/demo/seed';
import { createTestDatabase, testSqlClient, type TestDatabase } from '../../support/postgres/testDatabase';
import { rowCounts } from '../fixtures/counts';

/** Two instances starting together on an empty PostgreSQL database (issue #14): one seeds, the other finds it done. */
describe('seedDemoBankIfEmpty, two processes at once on PostgreSQL', () => {
  let database: TestDatabase;
  beforeAll(async () => { database = await createTestDatabase({ migrated: true }); });
  afterAll(() => database.drop());

  it('seeds the demo bank once: one says it seeded, the other that it found customers', async () => {
    const [first, second] = [testSqlClient(database.url), testSqlClient(database.url)];
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
