import { Pool, type PoolClient } from 'pg';
import { ConversationLockLost, withHeldConversation, type ConversationLock, type HeldConversation, type LockEvent } from '../conversationLock';
import { PostgresClient } from '../sql/postgresClient';
import type { SqlClient } from '../sql/sqlClient';

/** The first half of the two-key advisory locks taken on conversations (the second is the key's hash). */
const CONVERSATION_LOCKS = 14_003;
/** Turns of different conversations holding their lock at once, per process; more wait for a connection. */
const LOCK_CONNECTIONS = 20;
/**
 * The server settings that end a session idle in a transaction, or a transaction, after a while (the
 * second from PostgreSQL 17 on): a lock connection is idle in its transaction for the whole turn, and
 * ending it would drop the lock mid-turn. Turned off for the lock's own connections, once each, outside
 * any transaction (a SET inside one rolled back would be undone); the ones this server lacks are skipped.
 */
const UNBOUNDED_SESSION = `SELECT count(set_config(name, '0', false)) FROM pg_settings
  WHERE name IN ('idle_in_transaction_session_timeout', 'transaction_timeout')`;

/**
 * The lock on PostgreSQL: a transaction-scoped advisory lock on the conversation's key, taken on a
 * connection of the lock's own pool and held until the turn ends (then rolled back: nothing is written
 * on it). The turn's reads and its group-committed writes use the main pool, so a turn waiting for a
 * conversation holds only a lock connection, never one another turn needs to finish: fifty turns
 * waiting on one conversation cannot starve the pool, and a holder never waits for a lock connection.
 * A process that dies loses its connection, and with it the lock. Two keys of the same hash share a
 * lock: they are only serialized, never mixed up. The lock lives as long as its connection: should the
 * server end that mid-turn all the same (an administrator, a restart), the turn's commits are refused
 * (`confirm`) instead of landing unlocked.
 */
export class PostgresConversationLock implements ConversationLock {
  private readonly pool: Pool;
  /** The connections whose session timeouts are already off. */
  private readonly unbounded = new WeakSet<PoolClient>();

  /** `client`: the main client, whose connection settings the lock's pool copies. */
  constructor(client: SqlClient, connections = LOCK_CONNECTIONS, private readonly report?: (event: LockEvent) => void) {
    if (!(client instanceof PostgresClient)) throw new Error('PostgresConversationLock: a PostgreSQL client is needed');
    // Exit on idle: a composition nobody closes (a test, a tool) does not keep its process alive.
    this.pool = new Pool({ ...client.pool.options, max: connections, allowExitOnIdle: true });
    // An idle connection that fails held no lock: the next turn takes another.
    this.pool.on('error', () => undefined);
  }

  async hold<T>(key: string, work: () => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    const held = { locked: false, lost: false, ended: false };
    // A checked-out connection the server ends emits `error` on it: unheard, it would end the process.
    const lose = () => {
      if (!held.locked || held.lost || held.ended) return;
      held.lost = true;
      this.report?.({ kind: 'lost', held: 1 });
    };
    client.on('error', lose);
    client.on('end', lose);
    const letGo = (broken?: Error) => {
      held.ended = true;
      client.off('error', lose);
      client.off('end', lose);
      client.release(broken);
    };
    try {
      if (!this.unbounded.has(client)) {
        await client.query(UNBOUNDED_SESSION);
        this.unbounded.add(client);
      }
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [CONVERSATION_LOCKS, key]);
      held.locked = true;
    } catch (error) {
      letGo(error as Error);
      throw error;
    }
    const confirm: HeldConversation['confirm'] = async () => {
      if (held.lost && !held.ended) throw new ConversationLockLost();
    };
    let broken: Error | undefined;
    try {
      return await withHeldConversation({ confirm }, work);
    } finally {
      // If even the rollback fails, the connection is closed instead: the server then drops the lock.
      await client.query('ROLLBACK').catch((error: Error) => { broken = error; });
      letGo(held.lost ? broken ?? new ConversationLockLost() : broken);
    }
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}
