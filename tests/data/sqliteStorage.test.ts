import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../data/database';
import { SqliteStorage } from '../../data/sqliteStorage';

describe('SqliteStorage', () => {
  it('reads back what it wrote, with a new eTag each write', async () => {
    const storage = new SqliteStorage(openDatabase(':memory:'));
    await storage.write({ 'emulator/conversations/c1': { dialogState: { stack: [] } } });
    const first = await storage.read(['emulator/conversations/c1', 'missing']);
    expect(Object.keys(first)).toEqual(['emulator/conversations/c1']);
    expect(first['emulator/conversations/c1'].dialogState).toEqual({ stack: [] });
    await storage.write({ 'emulator/conversations/c1': { ...first['emulator/conversations/c1'], n: 2 } });
    const second = await storage.read(['emulator/conversations/c1']);
    expect(second['emulator/conversations/c1'].n).toBe(2);
    expect(second['emulator/conversations/c1'].eTag).not.toBe(first['emulator/conversations/c1'].eTag);
  });

  it('refuses a write whose eTag is stale, and writes nothing of that batch', async () => {
    const storage = new SqliteStorage(openDatabase(':memory:'));
    await storage.write({ a: { v: 1 } });
    const stale = (await storage.read(['a'])).a;
    await storage.write({ a: { ...stale, v: 2 } });
    await expect(storage.write({ b: { v: 1 }, a: { ...stale, v: 3 } })).rejects.toThrow('eTag conflict on "a"');
    expect((await storage.read(['a'])).a.v).toBe(2);
    expect(await storage.read(['b'])).toEqual({});
    await storage.write({ a: { v: 4, eTag: '*' } });
    expect((await storage.read(['a'])).a.v).toBe(4);
  });

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
