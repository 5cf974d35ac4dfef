import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { TestAdapter, type TurnContext } from 'botbuilder';
import { GroupCommit } from '../../bot/turnWrites/groupCommit';
import { TurnWrites } from '../../bot/turnWrites/turnWrites';
import { deferredMethods } from '../../bot/turnWrites/deferredStores';

/** A store with one write verb, as the audit log has. */
class Lines {
  private readonly insert;
  private readonly count;
  constructor(db: Database.Database) {
    this.insert = db.prepare('INSERT INTO lines (text) VALUES (?)');
    this.count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM lines');
  }
  record(text: string): void {
    this.insert.run(text);
  }
  written(): number {
    return this.count.get()?.n ?? 0;
  }
}

function lineStore() {
  const path = join(mkdtempSync(join(tmpdir(), 'turn-writes-')), 'lines.db');
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE lines (text TEXT NOT NULL CHECK (length(text) < 10))');
  return { db, group: new GroupCommit(db), lines: new Lines(db), other: () => new Lines(new Database(path, { readonly: true })) };
}

describe('writes held to the end of the turn', () => {
  it('commits the turns that end together in one transaction, each in its own savepoint', async () => {
    const { db, group, lines, other } = lineStore();
    const record = (text: string) => ({ run: () => lines.record(text), durable: true });
    // Another connection, as another process: while the last turn writes, the first turn's line is not committed yet.
    const reader = other();
    let committedBeforeLast = -1;
    const last = { run: () => { committedBeforeLast = reader.written(); lines.record('third'); }, durable: true };
    const outcomes = await Promise.allSettled([
      group.commit([record('first')]), group.commit([record('lost'), record('much too long')]), group.commit([last]),
    ]);
    expect(committedBeforeLast).toBe(0);
    expect(reader.written()).toBe(2);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((outcomes[1] as PromiseRejectedResult).reason.message).toBe('CHECK constraint failed: length(text) < 10');
    expect(db.prepare('SELECT text FROM lines ORDER BY rowid').pluck().all()).toEqual(['first', 'third']);
  });

  it('writes a line before a reply that leaves during the turn, and outside a turn at once', async () => {
    const { group, lines } = lineStore();
    const deferred = deferredMethods(lines, ['record'], true);
    const seenAtReply: number[] = [];
    const adapter = new TestAdapter(async (context: TurnContext) => {
      deferred.record('answer');
      expect(lines.written()).toBe(0);
      await context.sendActivity('ok');
    });
    adapter.use(new TurnWrites(group));
    adapter.use({ onTurn: async (context, next) => {
      context.onSendActivities(async (_ctx, _activities, sendNext) => {
        seenAtReply.push(lines.written());
        return sendNext();
      });
      await next();
    } });
    await adapter.send('hello').assertReply('ok');
    expect(seenAtReply).toEqual([1]);
    deferred.record('direct');
    expect(lines.written()).toBe(2);
  });

  it('with expectReplies, commits at the end of the turn, and keeps what a failed turn wrote', async () => {
    const { group, lines } = lineStore();
    const deferred = deferredMethods(lines, ['record'], true);
    const adapter = new TestAdapter(async () => {
      deferred.record('answer');
      throw new Error('after the answer');
    });
    adapter.use(new TurnWrites(group));
    let failure = '';
    adapter.onTurnError = async (_context, error) => {
      failure = error.message;
    };
    await adapter.send({ type: 'message', text: 'hello', deliveryMode: 'expectReplies' }).startTest();
    expect(failure).toBe('after the answer');
    expect(lines.written()).toBe(1);
  });
});
