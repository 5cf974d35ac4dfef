import { openDatabase, type Db } from '../../data/database';
import { RelaxedBatch } from '../../data/sql/relaxedBatch';
import { sqliteClient } from '../../data/sql/sqliteClient';

/** A batch writing lease rows, noting for each write whether it ran inside a transaction and at which level. */
function leaseWrites(db: Db) {
  const sql = sqliteClient(db);
  const insert = sql.statement("INSERT INTO conversation_locks (key, owner, lease_until) VALUES (@key, 'owner', '2026-12-01T19:00:00.000Z')");
  const seen: string[] = [];
  const batch = new RelaxedBatch(sql, async (key: string) => {
    seen.push(`${key}: ${db.inTransaction ? 'in a transaction' : 'alone'}, synchronous ${String(db.pragma('synchronous', { simple: true }))}`);
    return insert.run({ key });
  });
  const keys = () => db.prepare('SELECT key FROM conversation_locks ORDER BY key').pluck().all();
  return { batch, seen, keys };
}

describe('relaxed writes asked in the same turn of the event loop', () => {
  let db: Db;
  beforeEach(() => { db = openDatabase(':memory:'); });
  afterEach(() => db.close());

  it('run together in one transaction, each answered with its own result; one alone is its own statement', async () => {
    const { batch, seen, keys } = leaseWrites(db);

    expect(await Promise.all(['a', 'b', 'c'].map((key) => batch.run(key)))).toEqual([1, 1, 1]);
    expect(await batch.run('d')).toBe(1);

    // SQLite's levels: 1 NORMAL (the relaxed writes' own), 2 FULL (the connection's).
    expect(seen).toEqual(['a: in a transaction, synchronous 1', 'b: in a transaction, synchronous 1', 'c: in a transaction, synchronous 1', 'd: alone, synchronous 1']);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(keys()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('fail together when one of them fails, none of the batch kept', async () => {
    const { batch, keys } = leaseWrites(db);
    await batch.run('a');

    const outcomes = await Promise.all(['b', 'a', 'c'].map((key) => batch.run(key).then(() => 'written', (error: Error) => error.message)));

    expect(outcomes).toEqual(Array(3).fill('UNIQUE constraint failed: conversation_locks.key'));
    expect(keys()).toEqual(['a']);
  });
});
