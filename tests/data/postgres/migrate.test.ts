import { migratePostgres } from '../../../data/postgres/migrate';
import { POSTGRES_MIGRATIONS } from '../../../data/postgres/migrations';
import { createTestDatabase, type TestDatabase } from '../../support/postgres/testDatabase';

describe('PostgreSQL migrations', () => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase();
  });
  afterEach(() => database.drop());

  it('are applied once when two processes start together: one migrates, the other waits and finds it done', async () => {
    const counts = await Promise.all([migratePostgres(database.pool), migratePostgres(database.openPool())]);
    expect(counts.sort()).toEqual([0, POSTGRES_MIGRATIONS.length]);
    const { rows } = await database.pool.query('SELECT version, name FROM schema_migrations ORDER BY version');
    expect(rows).toEqual(POSTGRES_MIGRATIONS.map(({ version, name }) => ({ version, name })));
    expect(await migratePostgres(database.pool)).toBe(0);
  });

  it('keep money in bigint cents and times as timestamptz', async () => {
    await migratePostgres(database.pool);
    const { rows } = await database.pool.query(
      `SELECT table_name, column_name, data_type FROM information_schema.columns
       WHERE (table_name, column_name) IN (('low_balance_thresholds', 'threshold_cents'), ('outbox', 'next_attempt_at'),
         ('outbox', 'lease_until'), ('bot_state', 'updated_at'), ('link_codes', 'expires_at'))
       ORDER BY table_name, column_name`);
    expect(rows).toEqual([
      { table_name: 'bot_state', column_name: 'updated_at', data_type: 'timestamp with time zone' },
      { table_name: 'link_codes', column_name: 'expires_at', data_type: 'timestamp with time zone' },
      { table_name: 'low_balance_thresholds', column_name: 'threshold_cents', data_type: 'bigint' },
      { table_name: 'outbox', column_name: 'lease_until', data_type: 'timestamp with time zone' },
      { table_name: 'outbox', column_name: 'next_attempt_at', data_type: 'timestamp with time zone' },
    ]);
  });

  it('make the audit log append-only', async () => {
    await migratePostgres(database.pool);
    await database.pool.query(
      "INSERT INTO audit_log (at, channel_id, user_id, customer_id, intent, account_ids) VALUES (now(), 'emulator', 'u1', 'c1', 'Balance', '[]')");
    await expect(database.pool.query("UPDATE audit_log SET intent = 'None'")).rejects.toThrow('audit_log is append-only');
    await expect(database.pool.query('DELETE FROM audit_log')).rejects.toThrow('audit_log is append-only');
    expect((await database.pool.query('SELECT intent FROM audit_log')).rows).toEqual([{ intent: 'Balance' }]);
  });
});
