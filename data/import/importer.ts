/** The dataset import: validate everything, then write everything, or write nothing. */
import type { Db } from '../database';
import type { ImportSummary } from './dataset';
import { validateDataset } from './validate';
import { writeDataset } from './writer';

/**
 * Imports one dataset object (docs/dataset-format.md). Throws `DatasetError` naming the
 * first bad field; a refused file leaves the database untouched. Validation runs inside the same
 * transaction as the writes, so the records it found in the database are still there when they are used.
 */
export function importDataset(db: Db, json: unknown): ImportSummary {
  return db.transaction(() => writeDataset(db, validateDataset(db, json)))();
}
