import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { TestAdapter, type TurnContext } from 'botbuilder';
import { GroupCommit } from '../../bot/turnWrites/groupCommit';
import { TurnWrites } from '../../bot/turnWrites/turnWrites';
import { deferredMethods } from '../../bot/turnWrites/deferredStores';
import type { SqlClient } from '../../data/sql/sqlClient';
import { SqliteClient } from '../../data/sql/sqliteClient';
import { ENGINES } from '../support/engines';

/** A store with one write verb, as the audit log has. */
class Lines {
  private readonly insert;
  private readonly count;
  private readonly texts;
  constructor(sql: SqlClient) {
    this.insert = sql.statement('INSERT INTO lines (text) VALUES (@text)');
    this.count = sql.statement<{ n: number }>('SELECT count(*) AS n FROM lines');
    this.texts = sql.statement<{ text: string }>('SELECT text FROM lines ORDER BY text');
  }
  async record(text: string): Promise<void> {
    await this.insert.run({ text });
  }
  async written(): Promise<number> {
    return Number((await this.count.get())?.n ?? 0);
  }
  async all(): Promise<string[]> {
    return (await this.texts.all()).map((row) => row.text);
  }
}

const LINES_TABLE = 'CREATE TABLE lines (text TEXT NOT NULL CHECK (length(text) < 10))';

// Each store's folder and connections, closed and removed after its test so no run leaves files behind.
const cleanups: (() => void)[] = [];
afterEach(() => { cleanups.splice(0).forEach((cleanup) => cleanup()); });

function lineStore() {
  const folder = mkdtempSync(join(tmpdir(), 'turn-writes-'));
  const path = join(folder, 'lines.db');
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(LINES_TABLE);
  const sql = new SqliteClient(db);
  // Another connection, as another process would have, read synchronously: it sees only what is committed.
  const readerConnection = new Database(path, { readonly: true });
  const reader = readerConnection.prepare<[], number>('SELECT count(*) FROM lines').pluck();
  cleanups.push(() => { readerConnection.close(); db.close(); rmSync(folder, { recursive: true, force: true }); });
  return { db, group: new GroupCommit(sql), lines: new Lines(sql), committed: () => reader.get() };
}

describe('writes held to the end of the turn', () => {
  it('commits the turns that end together in one transaction, each in its own savepoint', async () => {
    const { group, lines, committed } = lineStore();
    const record = (text: string) => ({ run: () => lines.record(text), durable: true });
    let committedBeforeLast = -1;
    const last = { run: async () => { committedBeforeLast = committed() ?? -1; await lines.record('third'); }, durable: true };
    const outcomes = await Promise.allSettled([
      group.commit([record('first')]), group.commit([record('lost'), record('much too long')]), group.commit([last]),
    ]);
    expect(committedBeforeLast).toBe(0);
    expect(committed()).toBe(2);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((outcomes[1] as PromiseRejectedResult).reason.message).toBe('CHECK constraint failed: length(text) < 10');
    expect(await lines.all()).toEqual(['first', 'third']);
  });

  it('syncs the commit only when a write of the batch is durable', async () => {
    const { db, group, lines } = lineStore();
    const levels: number[] = [];
    const noting = (durable: boolean) => ({
      run: async () => { levels.push(db.pragma('synchronous', { simple: true }) as number); await lines.record('x'); }, durable,
    });
    // SQLite's levels: 1 NORMAL (no fsync at commit, WAL), 2 FULL.
    await Promise.all([group.commit([noting(false)]), group.commit([noting(false)])]);
    await Promise.all([group.commit([noting(false)]), group.commit([noting(true)])]);
    expect(levels).toEqual([1, 1, 2, 2]);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(await lines.written()).toBe(4);
  });

  it('writes a line before a reply that leaves during the turn, and outside a turn at once', async () => {
    const { group, lines } = lineStore();
    const deferred = deferredMethods(lines, ['record'], true);
    const seenAtReply: number[] = [];
    const seenInTurn: number[] = [];
    const adapter = new TestAdapter(async (context: TurnContext) => {
      await deferred.record('answer');
      seenInTurn.push(await lines.written());
      await context.sendActivity('ok');
    });
    adapter.use(new TurnWrites(group));
    adapter.use({ onTurn: async (context, next) => {
      context.onSendActivities(async (_ctx, _activities, sendNext) => {
        seenAtReply.push(await lines.written());
        return sendNext();
      });
      await next();
    } });
    await adapter.send('hello').assertReply('ok');
    expect(seenInTurn).toEqual([0]);
    expect(seenAtReply).toEqual([1]);
    await deferred.record('direct');
    expect(await lines.written()).toBe(2);
  });

  it('with expectReplies, commits at the end of the turn, and keeps what a failed turn wrote', async () => {
    const { group, lines } = lineStore();
    const deferred = deferredMethods(lines, ['record'], true);
    const adapter = new TestAdapter(async () => {
      await deferred.record('answer');
      throw new Error('after the answer');
    });
    adapter.use(new TurnWrites(group));
    let failure = '';
    adapter.onTurnError = async (_context, error) => {
      failure = error.message;
    };
    await adapter.send({ type: 'message', text: 'hello', deliveryMode: 'expectReplies' }).startTest();
    expect(failure).toBe('after the answer');
    expect(await lines.written()).toBe(1);
  });
});

describe.each(ENGINES)('group commit on %s', (_name, open) => {
  it("rolls back a failed turn's writes alone, the other turns of its batch committed", async () => {
    const database = await open();
    try {
      await database.sql.statement(LINES_TABLE).run();
      const group = new GroupCommit(database.sql);
      const lines = new Lines(database.sql);
      const record = (text: string) => ({ run: () => lines.record(text), durable: true });
      const outcomes = await Promise.allSettled([
        group.commit([record('first')]), group.commit([record('lost'), record('much too long')]), group.commit([record('third')]),
      ]);
      expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      expect(await lines.all()).toEqual(['first', 'third']);
    } finally {
      await database.close();
    }
  });
});
