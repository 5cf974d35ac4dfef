import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Db } from '../../data/database';
import { startWalCheckpointer, type WalCheckpointer } from '../../data/walCheckpointer';

/** Polls `condition` until it holds (the checkpoint runs on another thread, at its own pace). */
async function eventually(condition: () => boolean): Promise<boolean> {
  for (let attempt = 0; attempt < 400 && !condition(); attempt++) await new Promise((resolve) => setTimeout(resolve, 25));
  return condition();
}

describe('WAL checkpoints in the background', () => {
  let dir: string;
  let db: Db;
  let checkpointer: WalCheckpointer | null;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'wal-checkpointer-'));
    db = openDatabase(join(dir, 'bank.db'));
    db.exec('CREATE TABLE filler (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
  });
  afterEach(async () => {
    checkpointer?.stop();
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('copies committed pages into the database file while the connection only writes the log', async () => {
    checkpointer = startWalCheckpointer(db, 20);
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(16_000);
    const file = join(dir, 'bank.db');
    const before = statSync(file).size;
    const insert = db.prepare('INSERT INTO filler (body) VALUES (?)');
    db.transaction(() => { for (let i = 0; i < 500; i++) insert.run('x'.repeat(1000)); })();
    // The rows are in the log only; the file grows when a checkpoint copies them.
    expect(await eventually(() => statSync(file).size > before + 400_000)).toBe(true);
    expect(db.prepare('SELECT count(*) AS n FROM filler').get()).toEqual({ n: 500 });
  });

  it('stops at once: its connection is closed, so the bot\'s, closing last, folds the log in and removes it', () => {
    checkpointer = startWalCheckpointer(db, 20);
    db.prepare('INSERT INTO filler (body) VALUES (?)').run('kept');
    checkpointer!.stop();
    checkpointer = null;
    db.close();
    expect(existsSync(join(dir, 'bank.db-wal'))).toBe(false);
    db = openDatabase(join(dir, 'bank.db'));
    expect(db.prepare('SELECT body FROM filler').all()).toEqual([{ body: 'kept' }]);
  });

  it('starts none for a database in memory', () => {
    const memory = openDatabase(':memory:');
    checkpointer = startWalCheckpointer(memory);
    expect(checkpointer).toBeNull();
    memory.close();
  });
});
