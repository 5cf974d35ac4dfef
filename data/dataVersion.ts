import type { SqlClient } from './sql/sqlClient';
import { SqliteClient } from './sql/sqliteClient';

/**
 * A number that changes whenever another process has committed to the bank's data since the last call,
 * for the caches kept until that data changes.
 *
 * SQLite: `PRAGMA data_version` on this connection, which moves when another connection (`npm run admin
 * -- import`, another bot) has committed to the file; what this process itself writes does not move it.
 * A read costs about a microsecond.
 *
 * PostgreSQL has no such counter, and asking the server on every turn would cost the round trip the
 * cache saves: the number never moves. The caches are then kept until this process takes in an event
 * (`forgetAll`); an import run from another process is seen after the bot restarts (README, "Running
 * several instances").
 */
export function dataVersionOf(sql: SqlClient): () => number {
  if (!(sql instanceof SqliteClient)) return () => 0;
  const version = sql.db.prepare<[], number>('PRAGMA data_version').pluck();
  return () => version.get() ?? 0;
}
