import { resolve } from 'node:path';
import { backupTo } from '../../../data/backup';
import { DataError } from '../../../data/errors';
import type { AdminCommand } from './adminCommand';

/** `backup <file>`: an online copy of DATABASE_PATH, taken while the bot keeps serving. */
export const backupCommand: AdminCommand = async (args, { db, out, err }) => {
  const [file] = args;
  if (!file || args.length > 1) {
    err('usage: npm run admin -- backup <file>');
    return 2;
  }
  try {
    const { version, pages } = await backupTo(db, resolve(file));
    out(`backup written: ${resolve(file)} (schema version ${version}, ${pages} pages, integrity ok)`);
    return 0;
  } catch (error) {
    if (!(error instanceof DataError) && !(error instanceof TypeError)) throw error;
    err(`backup failed: ${error.message}`);
    return 1;
  }
};
