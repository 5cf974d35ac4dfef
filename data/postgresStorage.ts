import type { Pool } from 'pg';
import { PostgresClient } from './sql/postgresClient';
import type { SqlClient } from './sql/sqlClient';
import { SqlStorage } from './sqlStorage';

/**
 * The bot's `Storage` on PostgreSQL, shared by every process (no maintained one exists on npm): the same
 * statements as on SQLite, eTags checked by the database in the write. Given a pool (tools, tests), it
 * makes its own client; the bot gives it the turn's client, so that its writes join the group commit.
 */
export class PostgresStorage extends SqlStorage {
  constructor(source: Pool | SqlClient, now: () => Date = () => new Date()) {
    super('statement' in source ? source : new PostgresClient(source), now);
  }
}
