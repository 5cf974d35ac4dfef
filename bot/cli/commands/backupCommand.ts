import { resolve } from 'node:path';
import { backupTo } from '../../../data/backup';
import { DataError } from '../../../data/errors';
import { sqliteConnectionOf, type AdminCommand } from './adminCommand';

/** Said when DATABASE_URL is set: PostgreSQL has its own tools for this. */
export const BACKUP_ON_POSTGRES =
  'backup refused: it copies the SQLite file at DATABASE_PATH, and DATABASE_URL selects PostgreSQL: take the backup with pg_dump (for example pg_dump --format=custom --file=bank.dump "$DATABASE_URL")';

/** `backup <file>`: an online copy of DATABASE_PATH, taken while the bot keeps serving. */
export const backupCommand: AdminCommand = async (args, { db, out, err }) => {
  const [file] = args;
  if (!file || args.length > 1) {
    err('usage: npm run admin -- backup <file>');
    return 2;
  }
  const sqlite = sqliteConnectionOf(db);
  if (!sqlite) {
    err(BACKUP_ON_POSTGRES);
    return 1;
  }
  try {
    const { version, pages } = await backupTo(sqlite, resolve(file));
    out(`backup written: ${resolve(file)} (schema version ${version}, ${pages} pages, integrity ok)`);
    return 0;
  } catch (error) {
    if (!(error instanceof DataError) && !(error instanceof TypeError)) throw error;
    err(`backup failed: ${error.message}`);
    return 1;
  }
};
