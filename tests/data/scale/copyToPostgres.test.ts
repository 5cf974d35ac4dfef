import { openDatabase } from '../../../data/database';
import { importDataset } from '../../../data/import/importer';
import { copyBankToPostgres } from '../../../data/scale/copyToPostgres';
import { TransactionStore } from '../../../data/transactionStore';
import { rowCounts } from '../fixtures/counts';
import { smallBank } from '../fixtures/smallBank';
import { createTestDatabase, testSqlClient } from '../../support/postgres/testDatabase';

/** The bench's copy of its SQLite bank into PostgreSQL: both engines then serve the very same customers. */
describe('copyBankToPostgres', () => {
  it('copies every bank row and the links, and the stores read the same figures from the copy', async () => {
    const sqlite = openDatabase(':memory:');
    await importDataset(sqlite, smallBank());
    sqlite.prepare("INSERT INTO links (channel_id, user_id, customer_id, linked_at, expires_at) VALUES ('webchat', 'u1', 'c1', '2026-11-29T09:00:00.000Z', '2027-05-28T09:00:00.000Z')").run();
    const database = await createTestDatabase({ migrated: true });
    const sql = testSqlClient(database.url, 2);
    try {
      expect(await copyBankToPostgres(sqlite, database.pool)).toBe(27);
      expect(await rowCounts(sql)).toEqual(await rowCounts(sqlite));
      expect(await sql.statement('SELECT user_id, customer_id, expires_at FROM links').all())
        .toEqual([{ user_id: 'u1', customer_id: 'c1', expires_at: '2027-05-28T09:00:00.000Z' }]);
      const november = { period: { start: '2026-11-01', end: '2026-11-30' }, accountIds: ['a1'], direction: 'out' as const };
      expect(await new TransactionStore(sql, { timeZone: 'Europe/Paris' }).totals('c1', november))
        .toEqual({ totalCents: 48589, count: 5, pendingCents: 840, ownTransfersLeftOut: 0 });
    } finally {
      sqlite.close();
      await sql.close();
      await database.drop();
    }
  });
});
