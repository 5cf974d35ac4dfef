import { openDatabase } from '../../data/database';
import { sqliteClient } from '../../data/sql/sqliteClient';

describe('synchronous level by family of tables', () => {
  it('runs FULL, lowers it to NORMAL for a conversation write only, then restores it', async () => {
    const db = openDatabase(':memory:');
    const sql = sqliteClient(db);
    const level = () => db.pragma('synchronous', { simple: true });
    expect(level()).toBe(2);
    expect(await sql.relaxed(async () => level())).toBe(1);
    expect(level()).toBe(2);
    await expect(sql.relaxed(async () => { throw new Error('write refused'); })).rejects.toThrow('write refused');
    expect(level()).toBe(2);
  });

  it('leaves the level of an enclosing transaction alone', async () => {
    const db = openDatabase(':memory:');
    const sql = sqliteClient(db);
    expect(await sql.transaction(() => sql.relaxed(async () => db.pragma('synchronous', { simple: true })))).toBe(2);
  });
});
