import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import { Pool, types, type PoolClient, type QueryConfig } from 'pg';
import { numberPlaceholders } from './placeholders';
import type { SqlClient, SqlDialect, SqlParams, SqlStatement, SqlValue } from './sqlClient';

const dialect: SqlDialect = {
  jsonList: (param) => `(SELECT json_array_elements_text(CAST(@${param} AS json)))`,
  jsonRanges: (param) => `(SELECT CAST(r->>0 AS timestamptz) AS from_at, CAST(r->>1 AS timestamptz) AS until_at
    FROM json_array_elements(CAST(@${param} AS json)) AS r)`,
  claimRows: 'FOR UPDATE SKIP LOCKED',
};

/**
 * What the stores read back, as SQLite gives it: bigint cents and counts as numbers (the money bounds
 * keep them far below 2^53), sums (numeric) likewise, instants as the ISO strings, dates as `YYYY-MM-DD` the stores compare
 * and hand out.
 */
const PARSERS: Record<number, (value: string) => unknown> = {
  [types.builtins.INT8]: Number,
  [types.builtins.NUMERIC]: Number,
  [types.builtins.TIMESTAMPTZ]: (value) => new Date(value).toISOString(),
  // A calendar date stays the `YYYY-MM-DD` it was written as, never a midnight in some zone.
  [types.builtins.DATE]: (value) => value,
};
const parsers = {
  getTypeParser: (oid: number, format?: 'text' | 'binary') =>
    PARSERS[oid] ?? (types.getTypeParser as (oid: number, format?: string) => unknown)(oid, format ?? 'text'),
} as unknown as NonNullable<ConstructorParameters<typeof Pool>[0]>['types'];

/** A pool's settings with the client's type parsers. */
export function poolWithParsers(connectionString: string, max = 10): Pool {
  return new Pool({ connectionString, max, types: parsers });
}

/**
 * The SQL client over a `pg` pool. Each statement is a named prepared statement, parsed and planned
 * once per connection. A transaction takes one connection for its length; the statements its work
 * awaits find it through async context, so stores need no transaction argument.
 */
export class PostgresClient implements SqlClient {
  readonly engine = 'postgres';
  readonly dialect = dialect;
  private readonly connection = new AsyncLocalStorage<PoolClient>();
  /** Numbers the savepoints, so that each names its own. */
  private savepoints = 0;

  constructor(readonly pool: Pool) {}

  statement<Row = unknown>(sql: string): SqlStatement<Row> {
    const { text, names } = numberPlaceholders(sql);
    const name = `s${createHash('sha1').update(text).digest('hex').slice(0, 16)}`;
    const execute = async (params: SqlParams = {}) => {
      const values = params as Record<string, SqlValue | undefined>;
      // As better-sqlite3 does: a parameter left out is a mistake, not a NULL.
      for (const key of names) if (values[key] === undefined) throw new Error(`SQL: missing parameter @${key}`);
      const config: QueryConfig = { name, text, values: names.map((key) => values[key]) };
      const client = this.connection.getStore();
      return client ? client.query(config) : this.pool.query(config);
    };
    return {
      all: async (params) => (await execute(params)).rows as Row[],
      get: async (params) => (await execute(params)).rows[0] as Row | undefined,
      run: async (params) => (await execute(params)).rowCount ?? 0,
    };
  }

  async transaction<T>(work: () => Promise<T>): Promise<T> {
    const open = this.connection.getStore();
    if (open) return this.savepoint(open, work);
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await this.connection.run(client, work);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  /** A transaction within the one under way on `client`: undone alone if `work` fails. */
  private async savepoint<T>(client: PoolClient, work: () => Promise<T>): Promise<T> {
    const name = `nested_${++this.savepoints}`;
    await client.query(`SAVEPOINT ${name}`);
    try {
      const result = await work();
      await client.query(`RELEASE SAVEPOINT ${name}`);
      return result;
    } catch (error) {
      // If even this fails (the connection lost), the outer transaction fails too: the first error is the one told.
      await client.query(`ROLLBACK TO SAVEPOINT ${name}; RELEASE SAVEPOINT ${name}`).catch(() => undefined);
      throw error;
    }
  }

  /** PostgreSQL commits every write durably; the conversation family's lighter level is SQLite's. */
  relaxed<T>(write: () => Promise<T>): Promise<T> {
    return write();
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
