import { Pool } from 'pg';
import type { ConversationLock } from '../conversationLock';
import { PostgresClient } from '../sql/postgresClient';
import type { SqlClient } from '../sql/sqlClient';

/** The first half of the two-key advisory locks taken on conversations (the second is the key's hash). */
const CONVERSATION_LOCKS = 14_003;
/** Turns of different conversations holding their lock at once, per process; more wait for a connection. */
const LOCK_CONNECTIONS = 20;

/**
 * The lock on PostgreSQL: a transaction-scoped advisory lock on the conversation's key, taken on a
 * connection of the lock's own pool and held until the turn ends (then rolled back: nothing is written
 * on it). The turn's reads and its group-committed writes use the main pool, so a turn waiting for a
 * conversation holds only a lock connection, never one another turn needs to finish: fifty turns
 * waiting on one conversation cannot starve the pool, and a holder never waits for a lock connection.
 * A process that dies loses its connection, and with it the lock. Two keys of the same hash share a
 * lock: they are only serialized, never mixed up.
 */
export class PostgresConversationLock implements ConversationLock {
  private readonly pool: Pool;

  /** `client`: the main client, whose connection settings the lock's pool copies. */
  constructor(client: SqlClient, connections = LOCK_CONNECTIONS) {
    if (!(client instanceof PostgresClient)) throw new Error('PostgresConversationLock: a PostgreSQL client is needed');
    // Exit on idle: a composition nobody closes (a test, a tool) does not keep its process alive.
    this.pool = new Pool({ ...client.pool.options, max: connections, allowExitOnIdle: true });
    // An idle connection that fails held no lock: the next turn takes another.
    this.pool.on('error', () => undefined);
  }

  async hold<T>(key: string, work: () => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let broken: Error | undefined;
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [CONVERSATION_LOCKS, key]);
    } catch (error) {
      client.release(error as Error);
      throw error;
    }
    try {
      return await work();
    } finally {
      // If even the rollback fails, the connection is closed instead: the server then drops the lock.
      await client.query('ROLLBACK').catch((error: Error) => { broken = error; });
      client.release(broken);
    }
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}
