import { randomUUID } from 'node:crypto';
import type { Storage, StoreItems } from 'botbuilder';
import type { Db } from './database';
import type { SqlClient } from './sql/sqlClient';
import { sqliteClient } from './sql/sqliteClient';

/** Thrown when a write carries an eTag that is no longer the stored one (someone else wrote first). */
export class ETagConflictError extends Error {
  constructor(key: string) {
    super(`Storage: eTag conflict on "${key}"`);
    this.name = 'ETagConflictError';
  }
}

/**
 * botbuilder `Storage` on the bank's SQLite database, so that conversation and user state survive a
 * restart. Optimistic concurrency as in botbuilder's own stores: a write whose `eTag` is set and is not
 * `*` must match the stored one.
 */
export class SqliteStorage implements Storage {
  private readonly statements;
  private readonly sql: SqlClient;

  /** `now` stamps each write, so that rows of chat users who never linked can expire (`StateExpiry`). */
  constructor(db: Db | SqlClient, private readonly now: () => Date = () => new Date()) {
    const sql = 'statement' in db ? db : sqliteClient(db);
    this.sql = sql;
    this.statements = {
      read: sql.statement<{ etag: string; document: string }>('SELECT etag, document FROM bot_state WHERE key = @key'),
      upsert: sql.statement(
        `INSERT INTO bot_state (key, etag, document, updated_at) VALUES (@key, @etag, @document, @now)
         ON CONFLICT (key) DO UPDATE SET etag = excluded.etag, document = excluded.document, updated_at = excluded.updated_at`,
      ),
      remove: sql.statement('DELETE FROM bot_state WHERE key = @key'),
    };
  }

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    for (const key of keys) {
      const row = await this.statements.read.get({ key });
      if (row) items[key] = { ...JSON.parse(row.document), eTag: row.etag };
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    const now = this.now().toISOString();
    await this.sql.relaxed(() => this.sql.transaction(async () => {
      for (const [key, item] of Object.entries(changes)) {
        const { eTag, ...document } = item ?? {};
        if (eTag && eTag !== '*') {
          const current = await this.statements.read.get({ key });
          if (current && current.etag !== eTag) throw new ETagConflictError(key);
        }
        await this.statements.upsert.run({ key, etag: randomUUID(), document: JSON.stringify(document), now });
      }
    }));
  }

  async delete(keys: string[]): Promise<void> {
    await this.sql.relaxed(() => this.sql.transaction(async () => {
      for (const key of keys) await this.statements.remove.run({ key });
    }));
  }
}
