import type { SqlClient } from '../../../data/sql/sqlClient';
import { ENGINES } from '../../support/engines';
import { emptiedBankEachTest } from '../fixtures/emptiedBank';
import { importDataset } from '../../../data/import/importer';
import { rowCounts } from '../fixtures/counts';
import { smallBank } from '../fixtures/smallBank';

describe.each(ENGINES)('importDataset, on %s', (_engine, open) => {
  let db: SqlClient;
  emptiedBankEachTest(open, (sql) => { db = sql; });

  it('imports every section and reports how many records of each it wrote', async () => {
    expect(await importDataset(db, smallBank())).toEqual({ customers: 2, accounts: 3, transactions: 11, receipts: 3, deliveries: 3 });
    expect(await rowCounts(db)).toEqual({ customers: 2, accounts: 3, transactions: 11, receipts: 3, receipt_items: 4, deliveries: 3 });
  });

  it('stores amounts as cents and instants as UTC ISO', async () => {
    await importDataset(db, smallBank());
    expect(await db.statement("SELECT booked_at, amount_cents FROM transactions WHERE id = 't4'").get())
      .toEqual({ booked_at: '2026-10-31T23:30:00.000Z', amount_cents: -1250 });
    expect(await db.statement("SELECT balance_cents FROM accounts WHERE id = 'a2'").get()).toEqual({ balance_cents: 500000 });
    expect(await db.statement("SELECT delivered_at, estimated_delivery FROM deliveries WHERE id = 'd2'").get())
      .toEqual({ delivered_at: '2026-11-06T10:00:00.000Z', estimated_delivery: '2026-11-06' });
  });

  it('is idempotent: importing the same file twice changes nothing', async () => {
    await importDataset(db, smallBank());
    const before = await rowCounts(db);
    const snapshot = await db.statement('SELECT * FROM transactions ORDER BY id').all();
    await importDataset(db, smallBank());
    expect(await rowCounts(db)).toEqual(before);
    expect(await db.statement('SELECT * FROM transactions ORDER BY id').all()).toEqual(snapshot);
  });

  it('updates records whose id exists and replaces a receipt\'s lines', async () => {
    await importDataset(db, smallBank());
    await importDataset(db, {
      accounts: [{ id: 'a1', customerId: 'c1', type: 'checking', name: 'Compte courant', iban: 'FR7630004000031234567890143', currency: 'EUR', balance: '999.99' }],
      receipts: [{ id: 'r1', transactionId: 't5', merchant: 'Fnac', orderNumber: 'FN-1001', paymentMethod: 'Visa ****4242',
        purchasedAt: '2026-11-10T19:00:00+01:00', items: [{ name: 'Casque', quantity: 1, unitPrice: '129.99' }], tax: '21.67', total: '129.99' }],
    });
    expect(await db.statement("SELECT balance_cents FROM accounts WHERE id = 'a1'").get()).toEqual({ balance_cents: 99999 });
    expect(await db.statement("SELECT name, unit_price_cents FROM receipt_items WHERE receipt_id = 'r1'").all())
      .toEqual([{ name: 'Casque', unit_price_cents: 12999 }]);
  });

  it('accepts references to records already in the database', async () => {
    await importDataset(db, smallBank());
    const summary = await importDataset(db, { transactions: [
      { id: 't10', accountId: 'a2', bookedAt: '2026-11-29T08:00:00Z', amount: '1.00', description: 'INTERETS', status: 'booked' },
    ] });
    expect(summary).toEqual({ customers: 0, accounts: 0, transactions: 1, receipts: 0, deliveries: 0 });
  });

  it('accepts an empty object', async () => {
    expect(await importDataset(db, {})).toEqual({ customers: 0, accounts: 0, transactions: 0, receipts: 0, deliveries: 0 });
  });
});
