import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';
import type { SqlClient } from './sql/sqlClient';
import { SqliteClient } from './sql/sqliteClient';

/** How often the background connection copies the write-ahead log into the database file. */
export const CHECKPOINT_EVERY_MS = 250;
/**
 * The connection's own checkpoint, kept only as a safety net should the background one stop: at
 * SQLite's default (1,000 pages, about 4 MB) it fell inside a turn's commit about once in 100 turns,
 * writing and syncing the database file while every turn of the process waited (the c=1 p99).
 */
const FALLBACK_AUTOCHECKPOINT_PAGES = 16_000;

/**
 * The worker: its own connection to the file, a PASSIVE checkpoint at each tick (it never waits for
 * nor blocks a writer or a reader, it copies what no reader still needs). Plain JavaScript, evaluated,
 * so that the same code runs from the build and under ts-jest.
 */
const WORKER = `
const { workerData, parentPort } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path, { fileMustExist: true });
db.pragma('busy_timeout = 0');
const checkpoint = db.prepare('PRAGMA wal_checkpoint(PASSIVE)');
const tick = () => { try { checkpoint.get(); } catch (error) { parentPort.postMessage({ failed: String(error.code || error.name) }); } };
const timer = setInterval(tick, workerData.everyMs);
const closed = new Int32Array(workerData.closed);
parentPort.on('message', () => {
  clearInterval(timer);
  db.close();
  Atomics.store(closed, 0, 1);
  Atomics.notify(closed, 0);
  parentPort.close();
});
`;

/** Longest the bot waits at shutdown for the background connection to close (a checkpoint under way ends first). */
const STOP_WAIT_MS = 2_000;

export interface WalCheckpointer {
  /**
   * Closes the background connection, synchronously (shutdown closes the database then exits at once):
   * the bot's own connection, closing last, then checkpoints and removes the log as SQLite does.
   */
  stop(): void;
}

/**
 * Moves WAL checkpoints off the turn path: a worker thread with its own connection checkpoints every
 * `everyMs`, on the other core, while `db` keeps only a distant automatic checkpoint as a fallback.
 * Nothing changes for durability: a commit is durable once in the log (`durability.ts`), a checkpoint
 * only copies committed pages. For a file database in WAL mode only; `:memory:` gets none.
 */
export function startWalCheckpointer(db: Database.Database, everyMs = CHECKPOINT_EVERY_MS, onFailure?: (code: string) => void): WalCheckpointer | null {
  if (db.memory || db.pragma('journal_mode', { simple: true }) !== 'wal') return null;
  db.pragma(`wal_autocheckpoint = ${FALLBACK_AUTOCHECKPOINT_PAGES}`);
  const closed = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(WORKER, {
    eval: true, workerData: { driver: require.resolve('better-sqlite3'), path: db.name, everyMs, closed: closed.buffer },
  });
  worker.unref();
  worker.on('message', (result: { failed: string }) => onFailure?.(result.failed));
  let running = true;
  worker.on('error', (error) => {
    running = false;
    onFailure?.(error.name);
  });
  worker.once('exit', () => { running = false; });
  return {
    stop: () => {
      if (!running) return;
      running = false;
      worker.postMessage('stop');
      Atomics.wait(closed, 0, 0, STOP_WAIT_MS);
    },
  };
}

/** The bot's checkpointer: on SQLite, `startWalCheckpointer`; PostgreSQL checkpoints on its own. */
export function checkpointInBackground(client: SqlClient, onFailure?: (code: string) => void): WalCheckpointer {
  const started = client instanceof SqliteClient ? startWalCheckpointer(client.db, CHECKPOINT_EVERY_MS, onFailure) : null;
  return started ?? { stop: () => undefined };
}
