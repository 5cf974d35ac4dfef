/** The dataset import: validate everything, then write everything, or write nothing. */
import { sqlOf, type SqlSource } from '../sql/sqlSource';
import { ExistingRecords } from './existingRecords';
import { DATASET_SECTIONS } from './dataset';
import type { ImportSummary } from './dataset';
import { validateDataset } from './validate';
import { writeDataset } from './writer';

/**
 * Imports one dataset object (docs/dataset-format.md). Throws `DatasetError` naming the
 * first bad field; a refused file leaves the database untouched. Validation runs inside the same
 * transaction as the writes, so the records it found in the database are still there when they are used.
 */
export function importDataset(source: SqlSource, json: unknown): Promise<ImportSummary> {
  const sql = sqlOf(source);
  return sql.transaction(async () => {
    const existing = await ExistingRecords.reader(sql)(recordsOf(json));
    return writeDataset(sql, validateDataset(existing, json));
  });
}

/** The file's records, whatever their sections hold, for the ids they name. */
function recordsOf(json: unknown): unknown[] {
  if (typeof json !== 'object' || json === null) return [];
  return DATASET_SECTIONS.flatMap((section) => {
    const records = (json as Record<string, unknown>)[section];
    return Array.isArray(records) ? records : [];
  });
}
