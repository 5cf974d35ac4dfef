import { importDataset } from '../../data/import/importer';
import { TransactionStore } from '../../data/transactionStore';
import type { EngineDatabase } from './engines';

/** What a read-only suite works on: its database and the transaction store over it (set in `beforeAll`). */
export interface ImportedBank {
  engine: EngineDatabase;
  store: TransactionStore;
}

/**
 * For a suite that only reads: one database per engine, holding `bank` (a dataset as the bank exports it),
 * opened before the suite's tests and closed after them. Call it inside the engine's `describe`.
 */
export function importedBank(open: () => Promise<EngineDatabase>, bank: () => unknown, timeZone: string): ImportedBank {
  const imported = {} as ImportedBank;
  beforeAll(async () => {
    imported.engine = await open();
    await importDataset(imported.engine.sql, bank());
    imported.store = new TransactionStore(imported.engine.sql, { timeZone });
  });
  afterAll(() => imported.engine.close());
  return imported;
}
