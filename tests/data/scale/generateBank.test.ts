import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Db } from '../../../data/database';
import { AlreadyGeneratedError, generateBank, GenerateFailedError } from '../../../data/scale/generateBank';

const NOW = new Date('2026-11-29T10:00:00+01:00');
const TABLES = ['customers', 'accounts', 'transactions', 'receipts', 'receipt_items', 'deliveries'];
const count = (db: Db, table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const indexes = (db: Db) => db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name").all();

/** Each bank table's row count and a SHA-256 of its rows (rowid included) in rowid order. */
function tableHashes(db: Db): Record<string, [number, string]> {
  return Object.fromEntries(TABLES.map((table) => {
    const hash = createHash('sha256');
    let rows = 0;
    for (const row of db.prepare(`SELECT rowid, * FROM ${table} ORDER BY rowid`).raw().iterate()) {
      hash.update(`${JSON.stringify(row)}\n`);
      rows++;
    }
    return [table, [rows, hash.digest('hex')]];
  }));
}

describe('generateBank', () => {
  const db = openDatabase(':memory:');
  const progress: number[] = [];
  let result: { customers: number; rows: number };
  beforeAll(async () => {
    result = await generateBank(db, { customers: 1500, months: 3, now: NOW, onProgress: (p) => progress.push(p.customers) });
  });

  it('writes the customers asked for, in batches that report progress, and counts every row', () => {
    expect(result).toEqual({ customers: 1500, rows: 27579 });
    expect(progress).toEqual([1000, 1500]);
    expect(TABLES.map((table) => count(db, table))).toEqual([1500, 3894, 17969, 1053, 2110, 1053]);
  });

  it('makes exactly the bank the single-threaded generator made (commit 2ace28e): every table, row by row, in order', () => {
    expect(tableHashes(db)).toEqual({
      customers: [1500, '44a9a1e6803e727bcce4264d261ddc6ac0fad34fdc67543ec541f0afc0c49106'],
      accounts: [3894, 'b9cc2dac91c140270ae6995e73a11e4297fc4d0abcb61bdc3bc21538890cf08a'],
      transactions: [17969, '656a0bbe7190f85f850e0ed52dd2b2b184f332fd41615ac9a00a44a1b198d2cf'],
      receipts: [1053, 'dd7d3b71496b09eddf612e7b451d8210955dc37f89c5dc4fb709dbd1a98ce203'],
      receipt_items: [2110, '80858bd5504ebca63fdbd24a446ccbe4ae7c6697c4251ded1d52c74b34ef568c'],
      deliveries: [1053, '061471ad9c91faab389bf0cf228cdcd915cdabd06bfe2a78bcced38a6e418336'],
    });
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
    expect(indexes(db)).toEqual(indexes(openDatabase(':memory:')));
    expect(indexes(db)).toContainEqual({ name: 'transactions_by_account_time', sql: 'CREATE INDEX transactions_by_account_time ON transactions(account_id, booked_at)' });
  });

  it('refuses to run twice on the same database, and writes nothing the second time', async () => {
    const before = count(db, 'transactions');
    await expect(generateBank(db, { customers: 10, months: 1, now: NOW })).rejects.toThrow(AlreadyGeneratedError);
    expect(count(db, 'transactions')).toBe(before);
  });

  it('loads a fresh file outside the write-ahead log, then gives it back its WAL journal and FULL sync', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'generate-'));
    const file = openDatabase(join(dir, 'bank.db'));
    const modes: unknown[] = [];
    await generateBank(file, { customers: 10, months: 1, now: NOW, onProgress: () => modes.push(file.pragma('journal_mode', { simple: true })) });
    expect(modes).toEqual(['memory']);
    expect(file.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(file.pragma('synchronous', { simple: true })).toBe(2);
    expect(count(file, 'customers')).toBe(10);
    file.close();
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('generateBank when the load fails part-way', () => {
  const emptyBank = TABLES.map(() => 0);

  it('stops when the worker building the rows fails, says so, and removes the batch it had inserted', async () => {
    const db = openDatabase(':memory:');
    const failing = join(__dirname, 'fixtures', 'failingRowBuilder.ts');
    const progress: number[] = [];
    const run = generateBank(db, { customers: 2500, months: 2, now: NOW, rowBuilder: failing, onProgress: (p) => progress.push(p.customers) });
    await expect(run).rejects.toThrow(GenerateFailedError);
    await expect(run).rejects.toThrow('generate stopped after 1000 of 2500 customers, nothing kept: the worker thread building the rows failed: the catalog ran out of shops');
    expect(progress).toEqual([1000]);
    expect(TABLES.map((table) => count(db, table))).toEqual(emptyBank);
    expect(indexes(db)).toEqual(indexes(openDatabase(':memory:')));
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('stops after the batch under way when interrupted, and removes what it wrote', async () => {
    const db = openDatabase(':memory:');
    const interruption = new AbortController();
    const run = generateBank(db, { customers: 3500, months: 1, now: NOW, signal: interruption.signal,
      onProgress: (p) => { if (p.customers === 2000) interruption.abort(new Error('interrupted (SIGINT)')); } });
    await expect(run).rejects.toThrow('generate stopped after 2000 of 3500 customers, nothing kept: interrupted (SIGINT)');
    expect(TABLES.map((table) => count(db, table))).toEqual(emptyBank);
    expect(indexes(db)).toEqual(indexes(openDatabase(':memory:')));
  });

  it('stops when an insert fails, keeps the bank the database already held, and a second run is not refused', async () => {
    const db = openDatabase(':memory:');
    db.exec("INSERT INTO customers (id, name, locale) VALUES ('c1', 'Claire Moreau', 'fr-FR')");
    db.exec(`CREATE TRIGGER full_disk BEFORE INSERT ON transactions WHEN NEW.id = 'g0001200-t1'
      BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END`);
    await expect(generateBank(db, { customers: 1500, months: 3, now: NOW }))
      .rejects.toThrow('generate stopped after 1000 of 1500 customers, nothing kept: database or disk is full');
    expect(TABLES.map((table) => count(db, table))).toEqual([1, 0, 0, 0, 0, 0]);
    db.exec('DROP TRIGGER full_disk');
    expect(await generateBank(db, { customers: 1500, months: 3, now: NOW })).toEqual({ customers: 1500, rows: 27579 });
  });
});
