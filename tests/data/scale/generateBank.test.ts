import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../../data/database';
import { AlreadyGeneratedError, generateBank } from '../../../data/scale/generateBank';

const NOW = new Date('2026-11-29T10:00:00+01:00');
const count = (db: ReturnType<typeof openDatabase>, table: string) =>
  (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('generateBank', () => {
  const db = openDatabase(':memory:');
  const progress: number[] = [];
  const result = generateBank(db, { customers: 1500, months: 3, now: NOW, onProgress: (p) => progress.push(p.customers) });

  it('writes the customers asked for, in batches that report progress, and counts every row', () => {
    expect(result.customers).toBe(1500);
    expect(count(db, 'customers')).toBe(1500);
    expect(progress).toEqual([1000, 1500]);
    const tables = ['customers', 'accounts', 'transactions', 'receipts', 'receipt_items', 'deliveries'];
    expect(tables.reduce((sum, table) => sum + count(db, table), 0)).toBe(result.rows);
  });

  it('gives each customer a checking and a savings account, a salary and a bill every month', () => {
    const perCustomer = db.prepare(`SELECT c.id, count(DISTINCT a.id) AS accounts,
        sum(t.category = 'salary') AS salaries, count(t.id) AS transactions
      FROM customers c JOIN accounts a ON a.customer_id = c.id LEFT JOIN transactions t ON t.account_id = a.id
      GROUP BY c.id`).all() as { accounts: number; salaries: number; transactions: number }[];
    expect(perCustomer.every((row) => row.accounts >= 2 && row.accounts <= 3 && row.salaries === 3)).toBe(true);
    // A salary, a bill and one to three purchases a month.
    expect(perCustomer.every((row) => row.transactions >= 9 && row.transactions <= 15)).toBe(true);
  });

  it('makes receipts whose lines add up to the total, paid by a transaction of exactly that amount', () => {
    const mismatched = db.prepare(`SELECT r.id FROM receipts r JOIN transactions t ON t.id = r.transaction_id
      WHERE -t.amount_cents <> r.total_cents
         OR r.total_cents <> (SELECT sum(quantity * unit_price_cents) FROM receipt_items WHERE receipt_id = r.id)
         OR r.tax_cents <= 0 OR r.tax_cents >= r.total_cents`).all();
    expect(count(db, 'receipts')).toBeGreaterThan(100);
    expect(mismatched).toEqual([]);
    expect(count(db, 'deliveries')).toBe(count(db, 'receipts'));
  });

  it('keeps every transaction inside the history window, the last two days pending', () => {
    const window = db.prepare(`SELECT min(booked_at) AS first, max(booked_at) AS last,
      sum(status = 'pending' AND booked_at < @twoDaysAgo) AS oldPending FROM transactions`)
      .get({ twoDaysAgo: new Date(NOW.getTime() - 2 * 86_400_000).toISOString() }) as { first: string; last: string; oldPending: number };
    expect(window.first >= new Date(NOW.getTime() - 90 * 86_400_000).toISOString()).toBe(true);
    expect(window.last < NOW.toISOString()).toBe(true);
    expect(window.oldPending).toBe(0);
  });

  it('puts back every index it dropped for the load, as the migrations made them', () => {
    const indexes = (of: ReturnType<typeof openDatabase>) => of.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name").all();
    expect(indexes(db)).toEqual(indexes(openDatabase(':memory:')));
    expect(indexes(db)).toContainEqual({ name: 'transactions_by_account_time', sql: 'CREATE INDEX transactions_by_account_time ON transactions(account_id, booked_at)' });
  });

  it('refuses to run twice on the same database, and writes nothing the second time', () => {
    const before = count(db, 'transactions');
    expect(() => generateBank(db, { customers: 10, months: 1, now: NOW })).toThrow(AlreadyGeneratedError);
    expect(count(db, 'transactions')).toBe(before);
  });

  it('is deterministic: the same options give the same bank', () => {
    const again = openDatabase(':memory:');
    generateBank(again, { customers: 1500, months: 3, now: NOW });
    const fingerprint = (d: typeof db) => d.prepare('SELECT sum(amount_cents) AS s, count(*) AS n FROM transactions').get();
    expect(fingerprint(again)).toEqual(fingerprint(db));
  });

  it('loads a fresh file outside the write-ahead log, then gives it back its WAL journal and FULL sync', () => {
    const dir = mkdtempSync(join(tmpdir(), 'generate-'));
    const file = openDatabase(join(dir, 'bank.db'));
    const modes: unknown[] = [];
    generateBank(file, { customers: 10, months: 1, now: NOW, onProgress: () => modes.push(file.pragma('journal_mode', { simple: true })) });
    expect(modes).toEqual(['memory']);
    expect(file.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(file.pragma('synchronous', { simple: true })).toBe(2);
    expect(count(file, 'customers')).toBe(10);
    file.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
