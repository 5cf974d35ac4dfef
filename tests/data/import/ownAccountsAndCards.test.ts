import type { SqlClient } from '../../../data/sql/sqlClient';
import { ENGINES } from '../../support/engines';
import { emptiedBankEachTest } from '../fixtures/emptiedBank';
import { DatasetError } from '../../../data/errors';
import { importDataset } from '../../../data/import/importer';
import { rowCounts } from '../fixtures/counts';
import { ownTransfersBank } from '../fixtures/ownTransfersBank';

/** The fixture with one record's field changed (deleted when `value` is undefined). */
function withField(section: 'accounts' | 'transactions', id: string, field: string, value: unknown): unknown {
  const dataset = ownTransfersBank() as unknown as Record<string, Record<string, unknown>[]>;
  const record = dataset[section].find((r) => r.id === id) as Record<string, unknown>;
  if (value === undefined) delete record[field];
  else record[field] = value;
  return dataset;
}

async function messageOf(db: SqlClient, json: unknown): Promise<string> {
  try {
    await importDataset(db, json);
  } catch (error) {
    if (error instanceof DatasetError) return error.message;
    throw error;
  }
  return 'accepted';
}

describe.each(ENGINES)('import: own-account counterparts and cards without IBAN, on %s', (_engine, open) => {
  let db: SqlClient;
  emptiedBankEachTest(open, (sql) => { db = sql; });

  it.each<[string, () => unknown, string]>([
    ['a counterpart of another customer', () => withField('transactions', 'x1', 'counterpartyAccountId', 'k2-c'),
      'transactions[8].counterpartyAccountId: account "k2-c" belongs to another customer'],
    ['an unknown counterpart', () => withField('transactions', 'x1', 'counterpartyAccountId', 'zz'),
      'transactions[8].counterpartyAccountId: unknown account "zz"'],
    ['a counterpart that is the account itself', () => withField('transactions', 'x1', 'counterpartyAccountId', 'k1-c'),
      'transactions[8].counterpartyAccountId: names the transaction\'s own account'],
    ['a counterpart that is not a string', () => withField('transactions', 'x1', 'counterpartyAccountId', 7),
      'transactions[8].counterpartyAccountId: 7 is not a string'],
    ['a checking account without IBAN', () => withField('accounts', 'k1-c', 'iban', null), 'accounts[0].iban: required field is missing'],
    ['a savings account without IBAN', () => withField('accounts', 'k1-s', 'iban', undefined), 'accounts[1].iban: required field is missing'],
    ['last four digits on a checking account', () => withField('accounts', 'k1-c', 'cardLast4', '0143'),
      'accounts[0].cardLast4: only a credit_card account has one'],
    ['last four digits that are not four digits', () => withField('accounts', 'k1-v', 'cardLast4', '42424'),
      'accounts[2].cardLast4: "42424" is not the last 4 digits of a card number'],
  ])('refuses %s, naming the field, and writes nothing', async (_, json, message) => {
    expect(await messageOf(db, json())).toBe(message);
    expect(await rowCounts(db)).toEqual({ customers: 0, accounts: 0, transactions: 0, receipts: 0, receipt_items: 0, deliveries: 0 });
  });

  it('accepts a card with no IBAN field at all and no last four digits', async () => {
    const dataset = withField('accounts', 'k1-v', 'iban', undefined) as { accounts: Record<string, unknown>[] };
    delete dataset.accounts[2].cardLast4;
    expect(await messageOf(db, dataset)).toBe('accepted');
    expect(await db.statement("SELECT iban, card_last4 AS last4 FROM accounts WHERE id = 'k1-v'").get()).toEqual({ iban: null, last4: null });
  });

  it('accepts a counterpart imported in an earlier file', async () => {
    const first = ownTransfersBank();
    await importDataset(db, { customers: first.customers, accounts: first.accounts });
    const transfer = first.transactions?.find((t) => t.id === 'x1');
    expect(await messageOf(db, { transactions: [transfer] })).toBe('accepted');
    expect(await db.statement("SELECT counterparty_account_id AS other FROM transactions WHERE id = 'x1'").get()).toEqual({ other: 'k1-s' });
  });
});
