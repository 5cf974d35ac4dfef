import { migratePostgres } from '../../../data/postgres/migrate';
import { PostgresStorage } from '../../../data/postgresStorage';
import { createTestDatabase, type TestDatabase } from '../../support/postgres/testDatabase';
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
