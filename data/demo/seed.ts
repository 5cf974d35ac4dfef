/** Seeds the demo bank into an empty database, so `npm start` on a fresh clone has something to show. */
import { sqlOf, type SqlSource } from '../sql/sqlSource';
import { importDataset } from '../import/importer';
import { generateDemoBank } from './generate';

/** Imports the demo bank when there are no customers yet; returns whether it did. */
export async function seedDemoBankIfEmpty(source: SqlSource, now: Date, timeZone: string): Promise<boolean> {
  const sql = sqlOf(source);
  // One transaction, so that of two instances starting together on one empty database only one seeds:
  // SQLite's is locked for writing from its start; PostgreSQL's takes an advisory lock first.
  return sql.transaction(async () => {
    if (sql.engine === 'postgres') await sql.statement(`SELECT pg_advisory_xact_lock(${SEED_LOCK})`).get();
    const { customers } = (await sql.statement<{ customers: number }>('SELECT count(*) AS customers FROM customers').get()) ?? { customers: 0 };
    if (customers > 0) return false;
    await importDataset(sql, generateDemoBank(now, timeZone));
    return true;
  });
}

/** Any fixed number, the same in every process: the advisory lock that serializes seeders. */
const SEED_LOCK = 7_301_420_615;
