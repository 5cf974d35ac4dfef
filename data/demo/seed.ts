/** Seeds the demo bank into an empty database, so `npm start` on a fresh clone has something to show. */
import { sqlOf, type SqlSource } from '../sql/sqlSource';
import { importDataset } from '../import/importer';
import { generateDemoBank } from './generate';

/** Imports the demo bank when there are no customers yet; returns whether it did. */
export async function seedDemoBankIfEmpty(source: SqlSource, now: Date, timeZone: string): Promise<boolean> {
  const sql = sqlOf(source);
  const { customers } = (await sql.statement<{ customers: number }>('SELECT count(*) AS customers FROM customers').get()) ?? { customers: 0 };
  if (customers > 0) return false;
  await importDataset(sql, generateDemoBank(now, timeZone));
  return true;
}
