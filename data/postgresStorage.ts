import { randomUUID } from 'node:crypto';
import type { Storage, StoreItems } from 'botbuilder';
import type { Pool, PoolClient } from 'pg';
import { ETagConflictError } from './sqliteStorage';

/**
 * botbuilder `Storage` on PostgreSQL, shared by every process. eTags are checked by the database
 * itself: a write with an eTag (other than `*`) updates the row only where the stored eTag is still
 * that one, so of two processes writing from the same read, exactly one wins and the other gets an
 * `ETagConflictError`. A batch is one transaction: all of it, or nothing.
 */
export class PostgresStorage implements Storage {
  constructor(private readonly pool: Pool, private readonly now: () => Date = () => new Date()) {}

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    if (keys.length === 0) return items;
    const { rows } = await this.pool.query<{ key: string; etag: string; document: string }>(
      'SELECT key, etag, document FROM bot_state WHERE key = ANY($1::text[])', [keys]);
    for (const row of rows) items[row.key] = { ...JSON.parse(row.document), eTag: row.etag };
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    await this.inTransaction(async (client) => {
      const now = this.now();
      for (const [key, item] of Object.entries(changes)) {
        const { eTag, ...document } = item ?? {};
        const values = [key, randomUUID(), JSON.stringify(document), now];
        if (eTag && eTag !== '*') {
          const written = await client.query(
            `INSERT INTO bot_state (key, etag, document, updated_at) VALUES ($1, $2, $3, $4)
             ON CONFLICT (key) DO UPDATE SET etag = excluded.etag, document = excluded.document, updated_at = excluded.updated_at
             WHERE bot_state.etag = $5`, [...values, eTag]);
          if (written.rowCount === 0) throw new ETagConflictError(key);
        } else {
          await client.query(
            `INSERT INTO bot_state (key, etag, document, updated_at) VALUES ($1, $2, $3, $4)
             ON CONFLICT (key) DO UPDATE SET etag = excluded.etag, document = excluded.document, updated_at = excluded.updated_at`,
            values);
        }
      }
    });
  }

  async delete(keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    await this.pool.query('DELETE FROM bot_state WHERE key = ANY($1::text[])', [keys]);
  }

  private async inTransaction(work: (client: PoolClient) => Promise<void>): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await work(client);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}
