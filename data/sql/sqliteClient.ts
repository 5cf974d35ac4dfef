import { AsyncLocalStorage } from 'node:async_hooks';
import type Database from 'better-sqlite3';
import { SYNCHRONOUS } from '../durability';
import type { SqlClient, SqlDialect, SqlParams, SqlStatement } from './sqlClient';

const dialect: SqlDialect = {
  jsonList: (param) => `(SELECT value FROM json_each(@${param}))`,
  jsonRanges: (param) => `(SELECT json_extract(value, '$[0]') AS from_at, json_extract(value, '$[1]') AS until_at FROM json_each(@${param}))`,
  claimRows: '',
};

/**
 * The one transaction under way in this process, whichever connection it is on. Shared, not per
 * connection: two connections of one process to one file (tests, tools) would otherwise deadlock, the
 * second one's statement waiting synchronously (busy_timeout) for a lock the first can release only
 * once the event loop runs again.
 */
let held: Promise<void> | null = null;

/**
 * The SQL client over one better-sqlite3 connection. Statements are prepared once, when a store asks
 * for them, and reused for every turn: the hot path stays a synchronous call wrapped in a resolved
 * promise. A transaction holds the process's SQLite connections: while one is open (its work awaits
 * between statements), statements from outside it wait for its end instead of slipping into it.
 */
export class SqliteClient implements SqlClient {
  readonly engine = 'sqlite';
  readonly dialect = dialect;
  /** Set inside the work that holds the connection: its statements go ahead. */
  private readonly mode = new AsyncLocalStorage<'transaction' | 'relaxed'>();
  /** Numbers the savepoints, so that each names its own. */
  private savepoints = 0;
  /**
   * The statements every transaction runs, compiled once (`exec` compiles at each call). Not the
   * `synchronous` pragma: SQLite applies it while compiling, so it must be compiled at each use.
   */
  private readonly control;

  constructor(readonly db: Database.Database) {
    this.control = { begin: db.prepare('BEGIN IMMEDIATE'), commit: db.prepare('COMMIT') };
  }

  statement<Row = unknown>(sql: string): SqlStatement<Row> {
    const prepared = this.db.prepare<unknown[], Row>(sql);
    const returnsRows = prepared.reader;
    // A statement without parameters refuses even an empty object.
    const all = (params?: SqlParams) => (params ? prepared.all(params) : prepared.all());
    const get = (params?: SqlParams) => (params ? prepared.get(params) : prepared.get());
    const run = (params?: SqlParams) => (returnsRows ? all(params).length : (params ? prepared.run(params) : prepared.run()).changes);
    return {
      all: (params) => this.when(all, params),
      get: (params) => this.when(get, params),
      run: (params) => this.when(run, params),
    };
  }

  async transaction<T>(work: () => Promise<T>): Promise<T> {
    const mode = this.mode.getStore();
    if (mode === 'transaction') return this.savepoint(work);
    const body = async () => {
      this.control.begin.run();
      try {
        const result = await this.mode.run('transaction', work);
        this.control.commit.run();
        return result;
      } catch (error) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        throw error;
      }
    };
    return mode === 'relaxed' ? body() : this.hold(body);
  }

  /** A transaction within the one under way: undone alone if `work` fails. */
  private async savepoint<T>(work: () => Promise<T>): Promise<T> {
    const name = `nested_${++this.savepoints}`;
    this.db.exec(`SAVEPOINT ${name}`);
    try {
      const result = await work();
      this.db.exec(`RELEASE ${name}`);
      return result;
    } catch (error) {
      if (this.db.inTransaction) this.db.exec(`ROLLBACK TO ${name}; RELEASE ${name}`);
      throw error;
    }
  }

  async relaxed<T>(write: () => Promise<T>): Promise<T> {
    if (this.mode.getStore()) return write();
    return this.hold(async () => {
      this.db.pragma('synchronous = NORMAL');
      try {
        return await this.mode.run('relaxed', write);
      } finally {
        this.db.pragma(`synchronous = ${SYNCHRONOUS}`);
      }
    });
  }

  /** Runs `work` with the connection to itself: statements from elsewhere wait until it ends. */
  private async hold<T>(work: () => Promise<T>): Promise<T> {
    while (held) await held;
    let release = () => undefined as void;
    held = new Promise<void>((resolve) => { release = resolve; });
    try {
      return await work();
    } finally {
      held = null;
      release();
    }
  }

  async close(): Promise<void> {
    this.db.close();
  }

  /**
   * Runs one statement now, unless a transaction other than the caller's is under way: then
   * once it has ended (and no other has started meanwhile).
   */
  private when<T>(execute: (params?: SqlParams) => T, params: SqlParams | undefined): Promise<T> {
    if (held !== null && !this.mode.getStore()) return held.then(() => this.when(execute, params));
    try {
      return Promise.resolve(execute(params));
    } catch (error) {
      return Promise.reject(error);
    }
  }
}

const clients = new WeakMap<Database.Database, SqliteClient>();

/** The one client of a connection: every store on it must share its transaction lock. */
export function sqliteClient(db: Database.Database): SqliteClient {
  let client = clients.get(db);
  if (!client) clients.set(db, (client = new SqliteClient(db)));
  return client;
}
