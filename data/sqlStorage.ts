import { randomUUID } from 'node:crypto';
import type { Storage, StoreItems } from 'botbuilder';
import type { SqlClient } from './sql/sqlClient';

/** Thrown when a write carries an eTag that is no longer the stored one (someone else wrote first). */
export class ETagConflictError extends Error {
  constructor(key: string) {
    super(`Storage: eTag conflict on "${key}"`);
    this.name = 'ETagConflictError';
  }
}

/**
 * botbuilder `Storage` in the `bot_state` table, on either engine, so that conversation state survives
 * a restart and is shared by every process on the database. Optimistic concurrency as in botbuilder's
 * own stores: a write whose `eTag` is set and is not `*` must match the stored one. The database checks
 * it in the write itself (an upsert that updates only where the stored eTag is still that one), so of
 * two processes writing from the same read exactly one wins, without a lock held between read and write.
 *
 * Every statement goes through the SQL client: inside the turn's group commit a write is a savepoint of
 * the batch's transaction, on its connection, never a connection and a commit of its own.
 */
export class SqlStorage implements Storage {
  private readonly statements;

  /** `now` stamps each write, so that rows of chat users who never linked can expire (`StateExpiry`). */
  constructor(private readonly sql: SqlClient, private readonly now: () => Date = () => new Date()) {
    const upsert = `INSERT INTO bot_state (key, etag, document, updated_at) VALUES (@key, @etag, @document, @now)
      ON CONFLICT (key) DO UPDATE SET etag = excluded.etag, document = excluded.document, updated_at = excluded.updated_at`;
    this.statements = {
      read: sql.statement<{ key: string; etag: string; document: string }>(
        `SELECT key, etag, document FROM bot_state WHERE key IN ${sql.dialect.jsonList('keys')}`),
      upsert: sql.statement(upsert),
      upsertIfUnchanged: sql.statement(`${upsert} WHERE bot_state.etag = @expected`),
      remove: sql.statement(`DELETE FROM bot_state WHERE key IN ${sql.dialect.jsonList('keys')}`),
    };
  }

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    if (keys.length === 0) return items;
    for (const row of await this.statements.read.all({ keys: JSON.stringify(keys) })) {
      items[row.key] = { ...JSON.parse(row.document), eTag: row.etag };
    }
    return items;
  }

  /** A batch is one transaction (a savepoint inside another): all of it, or nothing. */
  async write(changes: StoreItems): Promise<void> {
    const now = this.now().toISOString();
    await this.sql.relaxed(() => this.sql.transaction(async () => {
      for (const [key, item] of Object.entries(changes)) {
        const { eTag, ...document } = item ?? {};
        const row = { key, etag: randomUUID(), document: JSON.stringify(document), now };
        if (!eTag || eTag === '*') await this.statements.upsert.run(row);
        else if ((await this.statements.upsertIfUnchanged.run({ ...row, expected: eTag })) === 0) throw new ETagConflictError(key);
      }
    }));
  }

  async delete(keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    await this.sql.relaxed(() => this.statements.remove.run({ keys: JSON.stringify(keys) }));
  }
}
