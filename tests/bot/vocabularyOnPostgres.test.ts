import { customerVocabulary, VocabularyCache } from '../../bot/turn/customerVocabulary';
import { AccountStore } from '../../data/accountStore';
import { AuditLog } from '../../data/auditLog';
import { PostgresDataVersion } from '../../data/dataVersion';
import { importDataset } from '../../data/import/importer';
import { PostgresClient, poolWithParsers } from '../../data/sql/postgresClient';
import { TransactionStore } from '../../data/transactionStore';
import { smallBank } from '../data/fixtures/smallBank';
import { ENGINES, type EngineDatabase } from '../support/engines';

const [, openPostgres] = ENGINES.find(([name]) => name === 'PostgreSQL')!;
const ZONE = { timeZone: 'Europe/Paris' };

/** The vocabulary cache on PostgreSQL: an import run by another process reaches the recognizer without a restart. */
describe('the bank data version on PostgreSQL', () => {
  let db: EngineDatabase;
  let other: PostgresClient;
  beforeEach(async () => {
    db = await openPostgres();
    await importDataset(db.sql, smallBank());
    // Another process: a pool of its own on the same database, as `npm run admin -- import` has.
    const pool = poolWithParsers((db.sql as PostgresClient).pool.options.connectionString!, 1);
    pool.on('error', () => undefined);
    other = new PostgresClient(pool);
  });
  afterEach(async () => {
    await other.close();
    await db.close();
  });

  it('drops the cached vocabulary when another connection imports, twice a poll apart, then keeps it again', async () => {
    const version = new PostgresDataVersion(db.sql, 60_000);
    const reads: string[][] = [];
    const sources = { accounts: new AccountStore(db.sql), transactions: new TransactionStore(db.sql, ZONE) };
    const cache = new VocabularyCache(async (customerId) => {
      const vocabulary = await customerVocabulary(sources, customerId);
      reads.push(vocabulary.merchants);
      return vocabulary;
    }, () => version.current());
    await version.refresh();
    await cache.of('c1');
    await version.refresh();
    await cache.of('c1');
    expect(reads).toEqual([['ACME', 'Amazon', 'Carrefour', 'Fnac', 'Monoprix', 'Uber']]);

    await importDataset(other, { transactions: [
      { id: 't-new', accountId: 'a1', bookedAt: '2026-11-28T12:00:00+01:00', amount: '-9.90', description: 'CB BIOCOOP', merchant: 'Biocoop', category: 'groceries', status: 'booked' },
    ] });
    await version.refresh();
    expect((await cache.of('c1')).merchants).toEqual(['ACME', 'Amazon', 'Biocoop', 'Carrefour', 'Fnac', 'Monoprix', 'Uber']);
    await version.refresh();
    await cache.of('c1');
    await version.refresh();
    await cache.of('c1');
    // Read before the import, after it, once more at the next poll (a commit caught in flight), then kept.
    expect(reads.map((merchants) => merchants.length)).toEqual([6, 7, 7]);
  });

  it('does not move for writes outside the bank data (the audit log of every turn)', async () => {
    const version = new PostgresDataVersion(db.sql, 60_000);
    await version.refresh();
    const before = version.current();
    await new AuditLog(other).record({ at: '2026-11-29T09:00:00.000Z', channelId: 'emulator', userId: 'u', customerId: 'c1', intent: 'Balance', accountIds: ['a1'] });
    await version.refresh();
    await version.refresh();
    expect(version.current()).toBe(before);
  });

  it('never makes a turn wait for the server: the change shows at the first turn after the poll it started', async () => {
    let now = 0;
    const version = new PostgresDataVersion(db.sql, 1000, () => now);
    await version.refresh();
    await importDataset(other, { customers: [{ id: 'c9', name: 'Zoé', locale: 'fr-FR' }] });
    now = 1000;
    expect(version.current()).toBe(0);
    await version.refresh();
    expect(version.current()).toBe(1);
  });
});
