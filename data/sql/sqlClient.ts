/**
 * The one way the stores reach a database, SQLite or PostgreSQL. Each query is written once, in the SQL
 * both engines understand, with named parameters (`@customerId`); the client binds them natively on
 * SQLite and rewrites them to `$1…` for PostgreSQL. What the two engines spell differently is asked of
 * `dialect`, never written twice in a store.
 */
export type SqlValue = string | number | null;
/** Named values, `{ customerId }` for `@customerId`: any object whose fields are `SqlValue`s. */
export type SqlParams = object;

export type Engine = 'sqlite' | 'postgres';

/** One query, prepared once (a cached statement on SQLite, a named prepared statement on PostgreSQL). */
export interface SqlStatement<Row = unknown> {
  all(params?: SqlParams): Promise<Row[]>;
  get(params?: SqlParams): Promise<Row | undefined>;
  /** How many rows an INSERT, UPDATE or DELETE changed. */
  run(params?: SqlParams): Promise<number>;
}

/** The fragments the engines spell differently. */
export interface SqlDialect {
  /** The values of a JSON array of strings given as one parameter, as a one-column subquery. */
  jsonList(param: string): string;
  /**
   * The pairs of a JSON array of `[from, until]` instants (UTC ISO strings) given as one parameter, as a
   * subquery of two instant columns, `from_at` and `until_at`, that compare with stored instants.
   */
  jsonRanges(param: string): string;
  /**
   * Ends a SELECT of rows to claim (`… LIMIT n ${dialect.claimRows}`): on PostgreSQL `FOR UPDATE SKIP
   * LOCKED`, so that claimers at once each lock other rows, never wait for each other, and recheck a row
   * another claimer just committed; nothing on SQLite, whose writers are serialized.
   */
  readonly claimRows: string;
}

export interface SqlClient {
  readonly engine: Engine;
  readonly dialect: SqlDialect;
  statement<Row = unknown>(sql: string): SqlStatement<Row>;
  /**
   * Runs `work` as one transaction, all of it or nothing, locked for writing from its start (SQLite's
   * IMMEDIATE): every statement `work` awaits runs in it, whichever store it belongs to. Inside
   * another transaction, it is a savepoint of that one: if `work` fails, only its own statements are
   * undone and the outer transaction may go on (the group commit keeps one turn's failure from undoing
   * the others'). Nested transactions of one transaction run one after the other, never side by side.
   */
  transaction<T>(work: () => Promise<T>): Promise<T>;
  /**
   * A write that may be lost to a power cut (a conversation's own rows, see `durability.ts`): SQLite
   * skips the fsync for it. Outside a transaction only; inside one it is that transaction's.
   */
  relaxed<T>(write: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
