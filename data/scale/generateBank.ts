/**
 * `admin generate`: a large, believable bank for measuring speed at a bank's scale. Customers are
 * written in batches, one transaction per batch (one commit per thousand customers, not per row),
 * with durability relaxed while loading. A failure or an interruption removes what the load wrote; a
 * process killed outright leaves a half-made bench database, nothing else.
 */
import type { Db } from '../database';
import { discardGenerated, GENERATED_CUSTOMER } from './discardGenerated';
import { RowBuilder } from './rowBuilder';
import type { RowsBatch } from './scaleTables';
import { ScaleWriter } from './scaleWriter';

export interface GenerateOptions {
  customers: number;
  months: number;
  now: Date;
  /** Called after each batch with what is written so far. */
  onProgress?: (progress: { customers: number; rows: number }) => void;
  /** The row-building worker's module (tests give one that fails); ours by default. */
  rowBuilder?: string;
  /** Stops the load after the batch under way (Ctrl-C); its reason is the error's. */
  signal?: AbortSignal;
}

export class AlreadyGeneratedError extends Error {
  constructor() {
    super('this database already holds generated customers: use a new DATABASE_PATH');
    this.name = 'AlreadyGeneratedError';
  }
}

const BATCH = 1000;
/** The generator's seed: the same bank on every machine and every run. */
const SEED = 2018;
const BANK_TABLES = ['customers', 'accounts', 'transactions', 'receipts', 'receipt_items', 'deliveries'];

/**
 * Drops the bank tables' own indexes (not those of their primary keys) and returns how to make them again:
 * building an index once over ten million sorted rows is much faster than keeping it up to date row after
 * row. Put back even when the load fails; a process killed during the load leaves a bench database
 * without them, which `npm run bench` then generates again (its ready marker is missing).
 */
function dropSecondaryIndexes(db: Db): string[] {
  const indexes = db.prepare<string[], { name: string; sql: string }>(
    `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${BANK_TABLES.map(() => '?').join(', ')})`,
  ).all(...BANK_TABLES);
  for (const { name } of indexes) db.exec(`DROP INDEX "${name.replaceAll('"', '""')}"`);
  return indexes.map(({ sql }) => sql);
}

/**
 * Into a database with no bank in it yet, the load keeps its rollback journal in memory instead of the
 * write-ahead log: every page is then written once, into the file, instead of into the log and again by
 * the checkpoint (a tenth of the load's time). A crash during the load may then leave the file unusable,
 * which only a database holding nothing but this half-made bench bank may risk; an error rolls back as
 * ever. Other processes holding the file keep it in WAL mode (SQLite refuses the switch): nothing changes.
 */
function loadingJournal(db: Db): { restore: () => void } {
  const mode = String(db.pragma('journal_mode', { simple: true }));
  const hasBank = db.prepare('SELECT 1 FROM customers LIMIT 1').get() !== undefined;
  if (mode !== 'wal' || hasBank || db.memory) return { restore: () => undefined };
  db.pragma('journal_mode = MEMORY');
  return { restore: () => void db.pragma(`journal_mode = ${mode}`) };
}

/** A load that failed part-way; what it had written is removed (see `discardGenerated`). */
export class GenerateFailedError extends Error {
  constructor(written: number, asked: number, cause: unknown, discardFailure?: unknown) {
    const left = discardFailure === undefined ? 'nothing kept'
      : `removing the ${written} customers written failed too (${messageOf(discardFailure)}): delete this database file`;
    super(`generate stopped after ${written} of ${asked} customers, ${left}: ${messageOf(cause)}`, { cause });
    this.name = 'GenerateFailedError';
  }
}

/**
 * Writes the customers; returns the number of rows. Refuses, writing nothing, if it was done before.
 * A worker thread builds the rows (`rowBuilder.ts`) while this thread inserts them: building is about
 * a quarter of the work, and the inserts need this connection. A failure on either side stops the load
 * and removes what it wrote.
 */
export async function generateBank(db: Db, options: GenerateOptions): Promise<{ customers: number; rows: number }> {
  if (db.prepare(GENERATED_CUSTOMER).get()) throw new AlreadyGeneratedError();
  // Started first, so that the worker's start-up overlaps with preparing the database.
  const builder = new RowBuilder({ customers: options.customers, months: options.months, now: options.now.getTime(), batch: BATCH, seed: SEED },
    options.rowBuilder);
  try {
    return await load(db, builder, options);
  } finally {
    await builder.stop();
  }
}

async function load(db: Db, builder: RowBuilder, options: GenerateOptions): Promise<{ customers: number; rows: number }> {
  const writer = new ScaleWriter(db);
  const insert = db.transaction((batch: RowsBatch) => writer.write(batch));
  // Loading only: no sync per commit, a large page cache for the indexes, and no foreign-key lookups
  // per row (the generator makes every reference itself). All are put back afterwards.
  const cacheSize = db.pragma('cache_size', { simple: true });
  const synchronous = db.pragma('synchronous', { simple: true });
  const journal = loadingJournal(db);
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -262144');
  db.pragma('foreign_keys = OFF');
  let customers = 0;
  let rows = 0;
  const indexes = dropSecondaryIndexes(db);
  try {
    while (customers < options.customers) {
      const batch = await builder.next();
      options.signal?.throwIfAborted();
      insert(batch);
      builder.consumed();
      customers = batch.customers;
      rows += batch.rows;
      options.onProgress?.({ customers, rows });
    }
  } catch (error) {
    throw failed(db, customers, options.customers, error);
  } finally {
    for (const sql of indexes) db.exec(sql);
    db.pragma('foreign_keys = ON');
    db.pragma(`cache_size = ${Number(cacheSize)}`);
    db.pragma(`synchronous = ${Number(synchronous)}`);
    journal.restore();
  }
  // Fresh statistics, so that the query planner knows how selective each index is at this scale.
  db.exec('ANALYZE');
  return { customers: options.customers, rows };
}

/** Removes what the failed load committed (its indexes still dropped: deleting is faster without them). */
function failed(db: Db, written: number, asked: number, cause: unknown): GenerateFailedError {
  try {
    discardGenerated(db);
    return new GenerateFailedError(written, asked, cause);
  } catch (discardFailure) {
    return new GenerateFailedError(written, asked, cause, discardFailure);
  }
}

/** An error's message (better-sqlite3's errors may come from another realm than this `Error`: no `instanceof`). */
function messageOf(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(error);
}
