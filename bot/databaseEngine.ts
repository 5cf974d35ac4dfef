import type { Config } from './config';
import { ConfigurationError } from './errors';

/** What still runs on SQLite only, named in the refusal so that operators know what is missing (#14). */
export const SQLITE_ONLY_PARTS = [
  "the bank's records (accounts, transactions, receipts, deliveries)",
  'links, link codes and attempts',
  'the audit log',
  'the outbox and its dispatcher',
  'conversation references and notification settings',
  'the message and link limits',
  'bot state (PostgresStorage exists but is not wired in yet)',
] as const;

/**
 * With `DATABASE_URL` set the operator expects every process to share PostgreSQL; running on a
 * local SQLite file instead would split state silently between instances, so the process refuses.
 */
export function requireSupportedEngine(config: Pick<Config, 'databaseUrl'>): void {
  if (!config.databaseUrl) return;
  throw new ConfigurationError(
    'DATABASE_URL is set, but this version cannot run on PostgreSQL yet: only its schema migrations and a ' +
      `bot state Storage exist. Still SQLite-only: ${SQLITE_ONLY_PARTS.join('; ')}. ` +
      'Unset DATABASE_URL to run on SQLite at DATABASE_PATH.',
  );
}
