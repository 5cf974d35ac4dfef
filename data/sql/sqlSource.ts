import type Database from 'better-sqlite3';
import type { SqlClient } from './sqlClient';
import { sqliteClient } from './sqliteClient';

/** What a store is built on: a client, or a SQLite connection, taken as its one client. */
export type SqlSource = SqlClient | Database.Database;

export function sqlOf(source: SqlSource): SqlClient {
  return 'statement' in source && 'dialect' in source ? source : sqliteClient(source as Database.Database);
}
