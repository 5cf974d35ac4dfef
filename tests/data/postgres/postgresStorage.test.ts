import { migratePostgres } from '../../../data/postgres/migrate';
import { PostgresStorage } from '../../../data/postgresStorage';
import { createTestDatabase, testSqlClient, type TestDatabase } from '../../support/postgres/testDatabase';
import { storageContract } from '../storageContract';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await migratePostgres(database.pool);
});
afterAll(() => database.drop());

storageContract(
  'PostgreSQL',
  async () => {
    await database.pool.query('TRUNCATE bot_state');
    return new PostgresStorage(database.pool);
  },
  async () => new PostgresStorage(database.openPool()),
);

describe('PostgresStorage under concurrent writers', () => {
  it('lets exactly one of ten processes writing from the same read win at once', async () => {
    const storage = new PostgresStorage(database.pool);
    await storage.write({ race: { winner: null } });
    const read = (await storage.read(['race'])).race;
    const writers = Array.from({ length: 10 }, (_, n) => new PostgresStorage(database.openPool()).write({ race: { ...read, winner: n } }));
    const outcomes = await Promise.allSettled(writers);
    const won = outcomes.flatMap((outcome, n) => (outcome.status === 'fulfilled' ? [n] : []));
    expect(won).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome.status === 'rejected').map((outcome) => String((outcome as PromiseRejectedResult).reason)))
      .toEqual(Array(9).fill('ETagConflictError: Storage: eTag conflict on "race"'));
    expect((await storage.read(['race'])).race.winner).toBe(won[0]);
  });
});

describe('PostgresStorage on the SQL client', () => {
  it("writes inside the caller's transaction (the group commit's): undone with it, and on its one connection", async () => {
    // One connection: a write taking a connection and a commit of its own would wait for ever here.
    const sql = testSqlClient(database.url, 1);
    try {
      const storage = new PostgresStorage(sql);
      await expect(sql.transaction(async () => {
        await storage.write({ batch: { turn: 1 } });
        expect((await storage.read(['batch'])).batch.turn).toBe(1);
        throw new Error('the batch failed');
      })).rejects.toThrow('the batch failed');
      expect(await storage.read(['batch'])).toEqual({});
    } finally {
      await sql.close();
    }
  });

  it('fails a stale write alone: the savepoint is undone, the rest of the batch commits', async () => {
    const sql = testSqlClient(database.url, 1);
    try {
      const storage = new PostgresStorage(sql);
      await storage.write({ stale: { n: 0 } });
      const read = (await storage.read(['stale'])).stale;
      await storage.write({ stale: { ...read, n: 1 } });
      await sql.transaction(async () => {
        await storage.write({ fresh: { n: 2 } });
        await expect(storage.write({ stale: { ...read, n: 3 } })).rejects.toThrow('Storage: eTag conflict on "stale"');
      });
      const after = await storage.read(['stale', 'fresh']);
      expect([after.stale.n, after.fresh.n]).toEqual([1, 2]);
    } finally {
      await sql.close();
    }
  });
});
