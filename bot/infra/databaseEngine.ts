import type { Config } from './config';
import { ConfigurationError } from './errors';

/**
 * What still runs on SQLite only, named in the refusal so that operators know what is missing (#14).
 * Every store already runs on either engine (`data/sql`); what is left is proving the whole bot on it.
 */
export const SQLITE_ONLY_PARTS = [
  'the start-up on PostgreSQL (migrations, demo seed) and the admin commands on it, not yet tested end to end',
  'turns of one conversation across processes (no lock on the conversation yet)',
  'the outbox claim across processes (no SKIP LOCKED yet)',
] as const;

/**
 * With `DATABASE_URL` set the operator expects every process to share PostgreSQL; running on a
 * local SQLite file instead would split state silently between instances, so the process refuses.
 */
export function requireSupportedEngine(config: Pick<Config, 'databaseUrl'>): void {
  if (!config.databaseUrl) return;
  throw new ConfigurationError(
    'DATABASE_URL is set, but this version cannot run on PostgreSQL yet: its stores can, the bot is not ' +
      `proven on it. Still SQLite-only: ${SQLITE_ONLY_PARTS.join('; ')}. ` +
      'Unset DATABASE_URL to run on SQLite at DATABASE_PATH.',
  );
}
