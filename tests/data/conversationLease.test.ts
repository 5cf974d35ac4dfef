import { FixedClock } from '../../bot/infra/clock';
import { GroupCommit } from '../../bot/turnWrites/groupCommit';
import { LeasedConversationLock, type Repeat } from '../../data/conversationLease';
import { ConversationLockLost, type LockEvent } from '../../data/conversationLock';
import type { SqlClient } from '../../data/sql/sqlClient';
import type { SqliteClient } from '../../data/sql/sqliteClient';
import { SqliteStorage } from '../../data/sqliteStorage';
import { SHARED_ENGINES, type SharedDatabase } from '../support/sharedDatabase';

const LEASE_MS = 60_000;
const KEY = 'webchat/conversation-1';
const openSqliteFile = SHARED_ENGINES[0][1];

/** A renewal timer the test fires by hand, after moving the clock: no test waits for a real lease. */
function manualRenewals() {
  const ticks: (() => Promise<void>)[] = [];
  let everyMs = 0;
  const repeat: Repeat = (ms, tick) => {
    everyMs = ms;
    ticks.push(tick);
    return () => void ticks.splice(ticks.indexOf(tick), 1);
  };
  return { repeat, everyMs: () => everyMs, fire: async () => { for (const tick of [...ticks]) await tick(); } };
}

/** Lets every statement and callback already due run (SQLite answers synchronously). */
const settle = async () => {
  for (let n = 0; n < 5; n++) await new Promise((resolve) => setImmediate(resolve));
};

/** A turn that runs until the test ends it. */
function openTurn() {
  let end = () => undefined as void;
  let started = () => undefined as void;
  const running = new Promise<void>((resolve) => { started = resolve; });
  const work = () => new Promise<void>((resolve) => { started(); end = resolve; });
  return { work, running, end: () => end() };
}

describe('the SQLite conversation lease, between two connections to one file', () => {
  let database: SharedDatabase;
  let clock: FixedClock;
  let events: LockEvent[];
  const locks: LeasedConversationLock[] = [];
  const lockOn = (sql: SqlClient, repeat: Repeat) => {
    const lock = new LeasedConversationLock(sql, { now: () => clock.now(), leaseMs: LEASE_MS, repeat, report: (event) => events.push(event) });
    locks.push(lock);
    return lock;
  };
  const leaseRows = async () => database.clients[1].statement<{ owner: string }>('SELECT owner FROM conversation_locks').all();
  /** The other connection asks for the conversation while the first turn holds it; the order both got it in. */
  const secondAfterFirstEnds = async (second: LeasedConversationLock, turn: { end: () => void }, held: Promise<unknown>, order: string[] = []) => {
    const waiting = second.hold(KEY, async () => { order.push('second connection'); });
    await settle();
    order.push('first turn ends');
    turn.end();
    await held;
    await waiting;
    return order;
  };

  beforeEach(async () => {
    database = await openSqliteFile();
    clock = new FixedClock('2026-12-01T18:00:00Z');
    events = [];
  });
  afterEach(async () => {
    for (const lock of locks.splice(0)) await lock.close();
    await database.close();
  });

  it('renews every third of the lease, so a turn three leases long keeps its hold against the other connection', async () => {
    const renewals = manualRenewals();
    const first = lockOn(database.clients[0], renewals.repeat);
    const second = lockOn(database.clients[1], manualRenewals().repeat);
    const order: string[] = [];
    const turn = openTurn();
    const held = first.hold(KEY, turn.work);
    await turn.running;
    expect(renewals.everyMs()).toBe(20_000);

    for (let third = 0; third < 9; third++) {
      clock.advance(20_000);
      await renewals.fire();
    }
    await secondAfterFirstEnds(second, turn, held, order);

    expect(order).toEqual(['first turn ends', 'second connection']);
    expect(events).toEqual([]);
  });

  it('without renewals (a holder that died) the lease is taken over once it lapses, not a millisecond before', async () => {
    const first = lockOn(database.clients[0], manualRenewals().repeat);
    const second = lockOn(database.clients[1], manualRenewals().repeat);
    const turn = openTurn();
    void first.hold(KEY, turn.work);
    await turn.running;
    const order: string[] = [];

    clock.advance(LEASE_MS - 1);
    const waiting = second.hold(KEY, async () => { order.push('taken over'); });
    await settle();
    expect(order).toEqual([]);
    clock.advance(1);
    await waiting;

    expect(order).toEqual(['taken over']);
  });

  it('refuses every commit of a turn whose lease was taken over, and tells it once', async () => {
    const renewals = manualRenewals();
    const first = lockOn(database.clients[0], renewals.repeat);
    const second = lockOn(database.clients[1], manualRenewals().repeat);
    const group = new GroupCommit(database.clients[0]);
    const storage = new SqliteStorage(database.clients[0], () => clock.now());
    let takenOver = () => undefined as void;
    const secondHolds = new Promise<void>((resolve) => { takenOver = resolve; });
    let letSecondGo = () => undefined as void;
    const outcomes: string[] = [];

    const firstTurn = first.hold(KEY, async () => {
      clock.advance(LEASE_MS); // frozen past its lease, no renewal ran
      void second.hold(KEY, () => new Promise<void>((resolve) => { takenOver(); letSecondGo = resolve; }));
      await secondHolds;
      const write = { run: () => storage.write({ 'webchat/conversation-1/state': { step: 'from the stalled turn' } }), durable: false };
      for (let commit = 0; commit < 2; commit++) { // a commit within the turn, then its last
        await group.commit([write], commit === 1).then(() => outcomes.push('committed'), (error: unknown) => outcomes.push(error instanceof ConversationLockLost ? 'refused: lock lost' : String(error)));
        await renewals.fire(); // finds it lost too, and does not tell it twice
      }
    });
    await firstTurn;
    letSecondGo();

    expect(outcomes).toEqual(['refused: lock lost', 'refused: lock lost']);
    expect(await new SqliteStorage(database.clients[1]).read(['webchat/conversation-1/state'])).toEqual({});
    expect(events).toEqual([{ kind: 'lost', held: 1 }]);
  });

  it('lets go at once when the turn ends: the other connection takes it on its first try, no row is left', async () => {
    const first = lockOn(database.clients[0], manualRenewals().repeat);
    const second = lockOn(database.clients[1], manualRenewals().repeat);
    const order: string[] = [];

    await first.hold(KEY, async () => { order.push('first'); });
    expect(await leaseRows()).toEqual([]);
    // The first try goes at the next turn of the event loop: one that won runs the turn before the test's settle ends.
    void second.hold(KEY, async () => { order.push('second'); });
    await settle();

    expect(order).toEqual(['first', 'second']);
    expect(await leaseRows()).toEqual([]);
  });

  it("lets go in the turn's last commit, in its transaction; a last commit that failed leaves it to the hold's end", async () => {
    const first = lockOn(database.clients[0], manualRenewals().repeat);
    const group = new GroupCommit(database.clients[0]);
    const storage = new SqliteStorage(database.clients[0], () => clock.now());
    const rowsSeen: number[] = [];
    const stateWrite = { run: () => storage.write({ [`${KEY}/state`]: { step: 'answered' } }), durable: false };
    const failingWrite = { run: async () => { throw new Error('a write that fails'); }, durable: false };

    await first.hold(KEY, async () => {
      await group.commit([stateWrite]);
      rowsSeen.push((await leaseRows()).length);
      await group.commit([stateWrite], true);
      rowsSeen.push((await leaseRows()).length);
    });
    await first.hold(KEY, async () => {
      await group.commit([failingWrite], true).catch(() => undefined);
      rowsSeen.push((await leaseRows()).length);
    });

    expect(rowsSeen).toEqual([1, 0, 1]);
    expect(await leaseRows()).toEqual([]);
    expect(await new SqliteStorage(database.clients[1]).read([`${KEY}/state`])).toMatchObject({ [`${KEY}/state`]: { step: 'answered' } });
    expect(events).toEqual([]);
  });

  it('tells a failed renewal by its code alone, keeps the turn running, and renews at the next tick', async () => {
    const renewals = manualRenewals();
    const first = lockOn(database.clients[0], renewals.repeat);
    const second = lockOn(database.clients[1], manualRenewals().repeat);
    const [firstDb, secondDb] = database.clients.map((client) => (client as SqliteClient).db);
    firstDb.pragma('busy_timeout = 0');
    const turn = openTurn();
    const held = first.hold(KEY, turn.work);
    await turn.running;

    clock.advance(20_000);
    secondDb.exec('BEGIN IMMEDIATE'); // another process writing: the renewal finds the file busy
    await renewals.fire();
    secondDb.exec('COMMIT');
    clock.advance(20_000);
    await renewals.fire();
    clock.advance(LEASE_MS - 1); // past the lease taken first, within the one renewed
    const order = await secondAfterFirstEnds(second, turn, held);

    expect(events).toEqual([{ kind: 'renewal failed', error: 'SQLITE_BUSY' }]);
    expect(order).toEqual(['first turn ends', 'second connection']);
  });
});
