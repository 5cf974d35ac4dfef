import { resolve } from 'node:path';
import { restoreFrom } from '../../../data/backup';
import { DataError } from '../../../data/errors';
import type { Config } from '../../infra/config';
import { isPostgresUrl } from '../../../data/postgres/pool';

/** Said when DATABASE_URL is set: PostgreSQL has its own tools for this. */
export const RESTORE_ON_POSTGRES =
  'restore refused: it replaces the SQLite file at DATABASE_PATH, and DATABASE_URL selects PostgreSQL: restore a pg_dump backup with pg_restore (for example pg_restore --clean --dbname="$DATABASE_URL" bank.dump)';

/** Commands that must not open the database first (restore replaces it). */
export type OfflineCommand = (
  args: string[], context: { config: Config; out: (line: string) => void; err: (line: string) => void },
) => Promise<number>;

/** `restore <file>` (bot stopped): a checked backup in place of DATABASE_PATH; the old file is kept. */
export const restoreCommand: OfflineCommand = async (args, { config, out, err }) => {
  const [file] = args;
  if (!file || args.length > 1) {
    err('usage: npm run admin -- restore <file>');
    return 2;
  }
  if (isPostgresUrl(config.databaseUrl)) {
    err(RESTORE_ON_POSTGRES);
    return 1;
  }
  try {
    const { version, keptAs } = await restoreFrom(resolve(file), config.databasePath, new Date());
    out(`restored ${resolve(file)} (schema version ${version}, integrity ok) into ${config.databasePath}`);
    if (keptAs) out(`the database it replaced is kept as ${keptAs}`);
    return 0;
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    err(`restore refused: ${error.message}`);
    return 1;
  }
};
