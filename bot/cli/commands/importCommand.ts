import { readFileSync } from 'node:fs';
import { importDataset } from '../../../data/import/importer';
import { DatasetError } from '../../../data/errors';
import type { AdminCommand } from './adminCommand';

/** `import <file.json>`: all or nothing; a refused file names its first bad field and writes nothing. */
export const importCommand: AdminCommand = async ([file], { db, out, err }) => {
  if (!file) {
    err('usage: npm run admin -- import <file.json>');
    return 2;
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    err(`import refused, nothing written: ${file} is not readable JSON (${(error as Error).message})`);
    return 1;
  }
  try {
    const summary = await importDataset(db, json);
    out(`imported ${Object.entries(summary).map(([section, count]) => `${count} ${section}`).join(', ')}`);
    return 0;
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error;
    err(`import refused, nothing written: ${error.message}`);
    return 1;
  }
};
