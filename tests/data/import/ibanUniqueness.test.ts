import type { SqlClient } from '../../../data/sql/sqlClient';
import { ENGINES, type EngineDatabase } from '../../support/engines';
import { DatasetError } from '../../../data/errors';
import { importDataset } from '../../../data/import/importer';
import { emptyBank, rowCounts } from '../fixtures/counts';
import { smallBank } from '../fixtures/smallBank';

const CAMILLE_IBAN = 'FR7630004000031234567890143';

async function refusal(db: SqlClient, json: unknown): Promise<string> {
  try {
    await importDataset(db, json);
  } catch (error) {
    if (error instanceof DatasetError) return error.message;
    throw error;
  }
  throw new Error('the import was accepted');
}

const checking = (id: string, customerId: string, iban: string | null, type = 'checking') =>
  ({ id, customerId, type, name: 'Compte', iban, currency: 'EUR', balance: '10.00' });

describe.each(ENGINES)('an IBAN is one account, on %s', (_engine, open) => {
  let engine: EngineDatabase;
  let db: SqlClient;
  beforeAll(async () => {
    engine = await open();
    db = engine.sql;
  });
  beforeEach(async () => {
    await emptyBank(db);
    await importDataset(db, smallBank());
  });
  afterAll(() => engine.close());

  it("refuses another customer's IBAN, all or nothing, naming the field", async () => {
    const before = await rowCounts(db);
    expect(await refusal(db, {
      customers: [{ id: 'z1', name: 'Zoé Intrus', locale: 'fr-FR' }],
      accounts: [checking('z1-c', 'z1', CAMILLE_IBAN)],
    })).toBe('accounts[0].iban: already belongs to another customer');
    expect(await rowCounts(db)).toEqual(before);
    expect(await db.statement("SELECT count(*) AS n FROM customers WHERE id = 'z1'").get()).toEqual({ n: 0 });
  });

  it('sees the same IBAN however it is spaced or cased', async () => {
    expect(await refusal(db, { customers: [{ id: 'z1', name: 'Zoé', locale: 'fr-FR' }], accounts: [checking('z1-c', 'z1', 'fr76 3000 4000 0312 3456 7890 143')] }))
      .toBe('accounts[0].iban: already belongs to another customer');
  });

  it("refuses a second account of the same customer with one of theirs, naming it", async () => {
    expect(await refusal(db, { accounts: [checking('a9', 'c1', CAMILLE_IBAN)] })).toBe('accounts[0].iban: already belongs to account "a1"');
  });

  it('refuses a duplicate inside one file, between customers or within one', async () => {
    const emptyDatabase = await open();
    const empty = emptyDatabase.sql;
    const customers = [{ id: 'y1', name: 'Yann', locale: 'fr-FR' }, { id: 'y2', name: 'Yasmine', locale: 'fr-FR' }];
    const iban = 'FR7612345000010000000000185';
    expect(await refusal(empty, { customers, accounts: [checking('y1-c', 'y1', iban), checking('y2-c', 'y2', iban)] }))
      .toBe('accounts[1].iban: already belongs to another customer');
    expect(await refusal(empty, { customers, accounts: [checking('y1-c', 'y1', iban), checking('y1-s', 'y1', iban, 'savings')] }))
      .toBe('accounts[1].iban: already belongs to account "y1-c"');
    expect(await rowCounts(empty)).toEqual({ customers: 0, accounts: 0, transactions: 0, receipts: 0, receipt_items: 0, deliveries: 0 });
    await emptyDatabase.close();
  });

  it('accepts the account itself imported again, and an IBAN the same file takes off its old account first', async () => {
    expect((await importDataset(db, { accounts: [checking('a1', 'c1', CAMILLE_IBAN)] })).accounts).toBe(1);
    const newIban = 'FR7612345000010000000000185';
    await importDataset(db, { accounts: [checking('a1', 'c1', newIban), checking('a9', 'c1', CAMILLE_IBAN)] });
    expect(await db.statement("SELECT id, iban FROM accounts WHERE id IN ('a1', 'a9') ORDER BY id").all())
      .toEqual([{ id: 'a1', iban: newIban }, { id: 'a9', iban: CAMILLE_IBAN }]);
  });

  it('lets two cards share their last four digits, as the design does not make them unique', async () => {
    const card = (id: string, customerId: string) => ({ ...checking(id, customerId, null, 'credit_card'), cardLast4: '4242' });
    expect((await importDataset(db, { accounts: [card('a8', 'c1'), card('b8', 'c2')] })).accounts).toBe(2);
  });
});
