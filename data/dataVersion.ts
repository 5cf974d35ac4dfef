import type { Db } from './database';

/**
 * SQLite's `PRAGMA data_version` on this connection: a number that changes whenever another connection
 * (another process: `npm run admin -- import`, another bot) has committed to the file since the last
 * call. What this process itself writes does not change it. A read costs about a microsecond.
 */
export function dataVersionOf(db: Db): () => number {
  const version = db.prepare<[], number>('PRAGMA data_version').pluck();
  return () => version.get() ?? 0;
}
