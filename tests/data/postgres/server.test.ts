import { createTestDatabase, type TestDatabase } from '../../support/postgres/testDatabase';

describe('the PostgreSQL server of the test run', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it('is a real PostgreSQL 15 or later, in a database of this file alone', async () => {
    const { rows } = await database.pool.query<{ version: number; name: string }>(
      "SELECT current_setting('server_version_num')::int AS version, current_database() AS name",
    );
    expect(rows[0].version).toBeGreaterThanOrEqual(150000);
    expect(rows[0].name).toMatch(/^bank_test_[0-9a-f]{12}$/);
  });
});
