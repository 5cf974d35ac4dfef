import { Pool } from 'pg';
import { GroupCommit } from '../../../bot/turnWrites/groupCommit';
import { ConversationLockLost, heldConversation, type LockEvent } from '../../../data/conversationLock';
import { PostgresConversationLock } from '../../../data/postgres/conversationLock';
import { PostgresStorage } from '../../../data/postgresStorage';
import type { PostgresClient } from '../../../data/sql/postgresClient';
import { createTestDatabase, testSqlClient, type TestDatabase } from '../../support/postgres/testDatabase';

const KEY = 'webchat/conversation-1';
/** The server's limits on a session idle in a transaction, and on a transaction (PostgreSQL 17+), on this database. */
const SERVER_TIMEOUT_MS = 150;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the PostgreSQL conversation lock through a long turn, on a real server', () => {
  let database: TestDatabase;
  let client: PostgresClient;
  let lock: PostgresConversationLock;
  let events: LockEvent[];
  /** Another process's view: whether it could take the conversation's lock right now. */
  const othersCanTake = async () => (await database.pool.query<{ free: boolean }>(
    'SELECT pg_try_advisory_xact_lock(14003, hashtext($1)) AS free', [KEY])).rows[0].free;

  beforeEach(async () => {
    database = await createTestDatabase({ migrated: true });
    const name = new URL(database.url).pathname.slice(1);
    // New sessions of this database get both (the lock's pool opens its connections after this).
    await database.pool.query(`ALTER DATABASE ${name} SET idle_in_transaction_session_timeout = ${SERVER_TIMEOUT_MS}`);
    const { rows } = await database.pool.query<{ version: string }>('SHOW server_version_num');
    if (Number(rows[0].version) >= 170_000) await database.pool.query(`ALTER DATABASE ${name} SET transaction_timeout = ${SERVER_TIMEOUT_MS}`);
    client = testSqlClient(database.url);
    events = [];
    lock = new PostgresConversationLock(client, 2, (event) => events.push(event));
  });
  afterEach(async () => {
    await lock.close();
    await client.close();
    await database.drop();
  });

  it('keeps the lock through a turn idle in its transaction far longer than the server allows others', async () => {
    // The control: an ordinary session of the same database, idle in a transaction as long, is ended.
    const ordinary = new Pool({ connectionString: database.url, max: 1 });
    ordinary.on('error', () => undefined);
    const session = await ordinary.connect();
    session.on('error', () => undefined);
    await session.query('BEGIN');
    const seen: boolean[] = [];

    await lock.hold(KEY, async () => {
      await sleep(SERVER_TIMEOUT_MS * 4);
      seen.push(await othersCanTake());
    });
    const control = await session.query('SELECT 1').then(() => 'still open', () => 'ended by the server');
    session.release(true);
    await ordinary.end();

    expect(control).toBe('ended by the server');
    expect(seen).toEqual([false]);
    expect(await othersCanTake()).toBe(true);
    expect(events).toEqual([]);
  });

  it('refuses the commits of a turn whose lock connection the server ended, without ending the process', async () => {
    const group = new GroupCommit(client);
    const storage = new PostgresStorage(client, () => new Date('2026-12-01T18:00:00Z'));
    const outcomes: string[] = [];

    await lock.hold(KEY, async () => {
      await database.pool.query(`SELECT pg_terminate_backend(pid) FROM pg_locks
        WHERE locktype = 'advisory' AND classid = 14003 AND objid = hashtext($1)::oid AND granted`, [KEY]);
      // The client hears of it a moment later: wait for that (bounded), not for a fixed time.
      for (let tries = 0; tries < 500 && (await heldConversation()?.confirm().then(() => true, () => false)); tries++) await sleep(10);
      await group.commit([{ run: () => storage.write({ [`${KEY}/state`]: { step: 'unlocked' } }), durable: false }])
        .then(() => outcomes.push('committed'), (error: unknown) => outcomes.push(error instanceof ConversationLockLost ? 'refused: lock lost' : String(error)));
    });

    expect(outcomes).toEqual(['refused: lock lost']);
    expect(await storage.read([`${KEY}/state`])).toEqual({});
    expect(events).toEqual([{ kind: 'lost', held: 1 }]);
    // The next turn takes a fresh connection and the lock.
    await lock.hold(KEY, async () => { expect(await othersCanTake()).toBe(false); });
  });
});
