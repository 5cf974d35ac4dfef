/** Validates a whole import file before anything is written; the first problem found is thrown. */
import { DatasetError } from '../errors';
import type { DatasetSection, ValidDataset } from './dataset';
import type { ExistingRecords } from './existingRecords';
import { RecordReader, describe, isPlainObject } from './recordReader';
import { readAccount, readCustomer, readDelivery, readReceipt, readTransaction } from './records';
import { ReferenceChecks } from './references';

/**
 * Sections are read in dependency order (customers before the accounts that name them, and so on),
 * which is also the order of the format, so "first bad record" means the same to operators and code.
 */
export function validateDataset(existing: ExistingRecords, json: unknown): ValidDataset {
  if (!isPlainObject(json)) throw new DatasetError('', 'the dataset is not a JSON object');
  const refs = new ReferenceChecks(existing);
  const section = <T>(name: DatasetSection, read: (reader: RecordReader, refs: ReferenceChecks) => T): T[] => {
    const value = json[name];
    if (value === undefined) return [];
    if (!Array.isArray(value)) throw new DatasetError(name, `${describe(value)} is not an array`);
    return value.map((record, index) => {
      const path = `${name}[${index}]`;
      if (!isPlainObject(record)) throw new DatasetError(path, `${describe(record)} is not an object`);
      return read(new RecordReader(path, record), refs);
    });
  };
  return {
    customers: section('customers', readCustomer),
    accounts: section('accounts', readAccount),
    transactions: section('transactions', readTransaction),
    receipts: section('receipts', readReceipt),
    deliveries: section('deliveries', readDelivery),
  };
}
