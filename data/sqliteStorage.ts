import type { Db } from './database';
import type { SqlClient } from './sql/sqlClient';
import { sqlOf } from './sql/sqlSource';
import { SqlStorage } from './sqlStorage';

export { ETagConflictError } from './sqlStorage';

/** The bot's `Storage` on the bank's SQLite database (a connection, or the client over it). */
export class SqliteStorage extends SqlStorage {
  constructor(db: Db | SqlClient, now: () => Date = () => new Date()) {
    super(sqlOf(db), now);
  }
}
