import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../data/database';

describe('openDatabase', () => {
  it('sets SQLite up for a server: WAL, synchronous FULL outside the conversation’s own writes, foreign keys, a busy timeout', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bank-pragmas-'));
    const db = openDatabase(join(dir, 'bank.db'));
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      // 1 = NORMAL (2 would be FULL: an fsync on every commit, that is on every turn).
      expect(db.pragma('synchronous', { simple: true })).toBe(2);
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    } finally {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('opens a serialized database in memory, as a copy with the same connection settings, that the original never sees', () => {
    const original = openDatabase(':memory:');
    original.exec("INSERT INTO customers (id, name, locale) VALUES ('c1', 'Claire Moreau', 'fr-FR')");
    const copy = openDatabase(original.serialize());
    copy.exec("INSERT INTO customers (id, name, locale) VALUES ('c2', 'James Carter', 'en-GB')");
    const ids = (db: typeof copy) => db.prepare('SELECT id FROM customers ORDER BY id').pluck().all();
    expect([ids(original), ids(copy)]).toEqual([['c1'], ['c1', 'c2']]);
    expect(copy.pragma('synchronous', { simple: true })).toBe(2);
    expect(copy.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(copy.pragma('busy_timeout', { simple: true })).toBe(5000);
    original.close();
    copy.close();
  });
});
