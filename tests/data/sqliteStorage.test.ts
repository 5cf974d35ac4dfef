import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../data/database';
import { SqliteStorage } from '../../data/sqliteStorage';
import { storageContract } from './storageContract';

let shared = openDatabase(':memory:');
storageContract(
  'SQLite',
  async () => new SqliteStorage((shared = openDatabase(':memory:'))),
  async () => new SqliteStorage(shared),
);

describe('SqliteStorage on a file', () => {
  it('survives reopening the database file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bank-storage-'));
    const path = join(dir, 'state.db');
    const db = openDatabase(path);
    await new SqliteStorage(db).write({ k: { answer: 42 } });
    db.close();
    const reopened = new SqliteStorage(openDatabase(path));
    expect((await reopened.read(['k'])).k.answer).toBe(42);
    await reopened.delete(['k']);
    expect(await reopened.read(['k'])).toEqual({});
    rmSync(dir, { recursive: true, force: true });
  });
});
