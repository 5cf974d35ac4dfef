import type { SqlClient } from '../../../data/sql/sqlClient';
import { ENGINES } from '../../support/engines';
import { emptiedBankEachTest } from '../fixtures/emptiedBank';
import { DatasetError } from '../../../data/errors';
import { importDataset } from '../../../data/import/importer';
import { rowCounts } from '../fixtures/counts';
import { smallBank } from '../fixtures/smallBank';

/** A copy of the small bank with one record's field changed (or deleted when `value` is undefined). */
function withField(section: string, index: number, field: string, value: unknown): Record<string, unknown> {
  const dataset = smallBank() as unknown as Record<string, Record<string, unknown>[]>;
  const record = dataset[section][index];
  if (value === undefined) delete record[field];
  else record[field] = value;
  return dataset;
}

async function refusal(db: SqlClient, json: unknown): Promise<DatasetError> {
  try {
    await importDataset(db, json);
  } catch (error) {
    if (error instanceof DatasetError) return error;
    throw error;
  }
  throw new Error('the import was accepted');
}

describe.each(ENGINES)('importDataset refusals, on %s', (_engine, open) => {
  let db: SqlClient;
  emptiedBankEachTest(open, (sql) => { db = sql; });

  const twoItems = (first: Record<string, unknown>) =>
    [first, { name: 'Câble', quantity: 2, unitPrice: '15.00' }];

  it.each<[string, () => unknown, string, string]>([
    ['not an object', () => [], '', 'the dataset is not a JSON object'],
    ['null', () => null, '', 'the dataset is not a JSON object'],
    ['a section that is not an array', () => ({ customers: {} }), 'customers', '{} is not an array'],
    ['a record that is not an object', () => ({ customers: ['c1'] }), 'customers[0]', '"c1" is not an object'],
    ['a bad amount', () => withField('transactions', 5, 'amount', '12,5'), 'transactions[5].amount', '"12,5" is not a decimal amount'],
    ['an amount with three decimals', () => withField('accounts', 0, 'balance', '1.005'), 'accounts[0].balance', '"1.005" is not a decimal amount'],
    ['an amount as a number', () => withField('transactions', 0, 'amount', 12), 'transactions[0].amount', '12 is not a decimal amount'],
    ['an amount beyond ±10^12 cents', () => withField('transactions', 0, 'amount', '-10000000000.01'), 'transactions[0].amount',
      '"-10000000000.01" is beyond the largest amount, ±10000000000.00'],
    ['a balance beyond ±10^12 cents', () => withField('accounts', 0, 'balance', '50000000000000.00'), 'accounts[0].balance',
      '"50000000000000.00" is beyond the largest amount, ±10000000000.00'],
    ['a missing field', () => withField('customers', 1, 'name', undefined), 'customers[1].name', 'required field is missing'],
    ['a wrong type', () => withField('customers', 0, 'locale', 42), 'customers[0].locale', '42 is not a string'],
    ['a bad account type', () => withField('accounts', 1, 'type', 'loan'), 'accounts[1].type', '"loan" is not one of checking, savings, credit_card'],
    ['a bad transaction status', () => withField('transactions', 2, 'status', 'done'), 'transactions[2].status', '"done" is not one of booked, pending'],
    ['a bad delivery status', () => withField('deliveries', 0, 'status', 'lost'), 'deliveries[0].status',
      '"lost" is not one of ordered, shipped, in_transit, out_for_delivery, delivered, delayed'],
    ['a time without offset', () => withField('transactions', 0, 'bookedAt', '2026-10-01T08:00:00'), 'transactions[0].bookedAt',
      '"2026-10-01T08:00:00" is not an ISO 8601 time with an offset'],
    ['an impossible time', () => withField('receipts', 0, 'purchasedAt', '2026-02-30T10:00:00Z'), 'receipts[0].purchasedAt',
      '"2026-02-30T10:00:00Z" is not an ISO 8601 time with an offset'],
    ['an impossible date', () => withField('deliveries', 1, 'estimatedDelivery', '2026-02-30'), 'deliveries[1].estimatedDelivery',
      '"2026-02-30" is not a YYYY-MM-DD date'],
    ['a date in another format', () => withField('deliveries', 1, 'estimatedDelivery', '06/11/2026'), 'deliveries[1].estimatedDelivery',
      '"06/11/2026" is not a YYYY-MM-DD date'],
    ['an unknown account', () => withField('transactions', 3, 'accountId', 'zz'), 'transactions[3].accountId', 'unknown account "zz"'],
    ['an unknown customer', () => withField('accounts', 2, 'customerId', 'c9'), 'accounts[2].customerId', 'unknown customer "c9"'],
    ['an unknown transaction', () => withField('receipts', 1, 'transactionId', 't99'), 'receipts[1].transactionId', 'unknown transaction "t99"'],
    ['an unknown receipt', () => withField('deliveries', 2, 'receiptId', 'r9'), 'deliveries[2].receiptId', 'unknown receipt "r9"'],
    ['a duplicate id', () => withField('transactions', 4, 'id', 't1'), 'transactions[4].id', 'duplicate id "t1"'],
    ['a zero quantity', () => withField('receipts', 1, 'items', twoItems({ name: 'Casque', quantity: 0, unitPrice: '99.99' })),
      'receipts[1].items[0].quantity', '0 is not a positive integer'],
    ['a fractional quantity', () => withField('receipts', 1, 'items', twoItems({ name: 'Casque', quantity: 1.5, unitPrice: '99.99' })),
      'receipts[1].items[0].quantity', '1.5 is not a positive integer'],
    ['a quantity as a string', () => withField('receipts', 1, 'items', twoItems({ name: 'Casque', quantity: '1', unitPrice: '99.99' })),
      'receipts[1].items[0].quantity', '"1" is not a positive integer'],
    ['a lowercase currency', () => withField('accounts', 0, 'currency', 'eur'), 'accounts[0].currency', '"eur" is not a 3-letter uppercase currency code'],
    ['a long currency', () => withField('accounts', 0, 'currency', 'EURO'), 'accounts[0].currency', '"EURO" is not a 3-letter uppercase currency code'],
  ])('refuses %s, naming the first bad field, and writes nothing', async (_, json, path, problem) => {
    const error = await refusal(db, json());
    expect(error.path).toBe(path);
    expect(error.message).toBe(path ? `${path}: ${problem}` : problem);
    expect(await rowCounts(db)).toEqual({ customers: 0, accounts: 0, transactions: 0, receipts: 0, receipt_items: 0, deliveries: 0 });
  });

  it('names the exact message of the design example', async () => {
    const dataset = smallBank();
    const transactions = dataset.transactions ?? [];
    while (transactions.length < 13) transactions.push({ ...transactions[0], id: `x${transactions.length}` });
    transactions[12].amount = '12,5';
    expect((await refusal(db, dataset)).message).toBe('transactions[12].amount: "12,5" is not a decimal amount');
  });

  it('reports the first bad record when several are bad', async () => {
    const dataset = withField('transactions', 6, 'amount', 'x') as { transactions: Record<string, unknown>[] };
    dataset.transactions[2].status = 'nope';
    expect((await refusal(db, dataset)).path).toBe('transactions[2].status');
  });

  it('refuses to move an existing account to another customer, leaving the database as it was', async () => {
    await importDataset(db, smallBank());
    const before = await rowCounts(db);
    const error = await refusal(db, { accounts: [
      { id: 'a1', customerId: 'c2', type: 'checking', name: 'Mine now', iban: 'X', currency: 'EUR', balance: '0' },
    ] });
    expect(error.message).toBe('accounts[0].customerId: account "a1" belongs to another customer');
    expect(await rowCounts(db)).toEqual(before);
    expect(await db.statement("SELECT customer_id FROM accounts WHERE id = 'a1'").get()).toEqual({ customer_id: 'c1' });
  });

  it('writes nothing when a late record is bad, even after valid ones', async () => {
    await importDataset(db, { customers: [{ id: 'c1', name: 'Camille Martin', locale: 'fr-FR' }] });
    await refusal(db, withField('deliveries', 2, 'carrier', 7));
    expect(await rowCounts(db)).toEqual({ customers: 1, accounts: 0, transactions: 0, receipts: 0, receipt_items: 0, deliveries: 0 });
    expect(await db.statement("SELECT name FROM customers WHERE id = 'c1'").get()).toEqual({ name: 'Camille Martin' });
  });
});
