import type { Config } from '../../infra/config';
import type { Db } from '../../../data/database';
import { SqliteClient } from '../../../data/sql/sqliteClient';
import type { SqlSource } from '../../../data/sql/sqlSource';

export interface AdminContext {
  /** The database the settings name: PostgreSQL with `DATABASE_URL`, else the SQLite file (or a connection to it). */
  db: SqlSource;
  config: Config;
  out: (line: string) => void;
  err: (line: string) => void;
}

/** One operator command: takes its arguments, prints, returns the process exit code (awaited if a promise). */
export type AdminCommand = (args: string[], context: AdminContext) => number | Promise<number>;

/** The SQLite connection under `db`, for the commands that need SQLite's own API; undefined on PostgreSQL. */
export function sqliteConnectionOf(db: SqlSource): Db | undefined {
  if (db instanceof SqliteClient) return db.db;
  return 'engine' in db ? undefined : db;
}
