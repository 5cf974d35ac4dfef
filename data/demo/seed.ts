/** Seeds the demo bank into an empty database, so `npm start` on a fresh clone has something to show. */
import type { Db } from '../database';
import { importDataset } from '../import/importer';
import { generateDemoBank } from './generate';

/** Imports the demo bank when there are no customers yet; returns whether it did. */
export function seedDemoBankIfEmpty(db: Db, now: Date, timeZone: string): boolean {
  const { customers } = db.prepare<[], { customers: number }>('SELECT count(*) AS customers FROM customers').get() ?? { customers: 0 };
  if (customers > 0) return false;
  importDataset(db, generateDemoBank(now, timeZone));
  return true;
}
