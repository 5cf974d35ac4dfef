import Database from 'better-sqlite3';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { SCHEMA_VERSION, schemaVersionOf, type Db } from './database';
import { DataError, SchemaTooNewError } from './errors';

/** A backup or a restore refused, with the reason an operator can act on. */
export class BackupError extends DataError {}

/** Every page in one step: under steady writes, small steps could restart for ever. */
const ALL_PAGES = 0x7fffffff;

/**
 * Online backup with SQLite's backup API, while the bot serves: a consistent copy as of one instant
 * (WAL lets the bot keep writing meanwhile). Written beside the target and renamed once checked, so
 * a failed backup never leaves a half file under the final name.
 */
export async function backupTo(db: Db, file: string): Promise<{ version: number; pages: number }> {
  const partial = `${file}.partial`;
  rmSync(partial, { force: true });
  try {
    const { totalPages } = await db.backup(partial, { progress: () => ALL_PAGES });
    const version = checkBackup(partial);
    renameSync(partial, file);
    return { version, pages: totalPages };
  } finally {
    rmSync(partial, { force: true });
  }
}

/** A backup is usable when it is whole (`integrity_check`) and this release knows its schema. */
export function checkBackup(file: string): number {
  if (!existsSync(file)) throw new BackupError(`${file}: no such file`);
  let db: Db | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new BackupError(`${file}: integrity check failed (${String(integrity)})`);
    const version = schemaVersionOf(db);
    if (version === 0) throw new BackupError(`${file}: not a database of the bank assistant (no schema version)`);
    if (version > SCHEMA_VERSION) throw new SchemaTooNewError(version, SCHEMA_VERSION);
    return version;
  } catch (error) {
    if (error instanceof DataError) throw error;
    throw new BackupError(`${file}: not a readable SQLite database (${(error as Error).message})`);
  } finally {
    db?.close();
  }
}

/**
 * Puts a checked backup in place of the database at `target`, which nothing may have open (the bot
 * stopped: checked by taking an exclusive lock). The database replaced is kept beside it, renamed, so
 * that a restore loses nothing either. Returns where the replaced database went (if there was one).
 */
export async function restoreFrom(file: string, target: string, now: Date): Promise<{ version: number; keptAs?: string }> {
  const version = checkBackup(file);
  if (existsSync(target)) requireNobodyHasOpen(target);
  const incoming = `${target}.restoring`;
  rmSync(incoming, { force: true });
  const source = new Database(file, { readonly: true });
  try {
    await source.backup(incoming, { progress: () => ALL_PAGES });
  } finally {
    source.close();
  }
  checkBackup(incoming);
  let keptAs: string | undefined;
  if (existsSync(target)) {
    keptAs = `${target}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`;
    renameSync(target, keptAs);
  }
  for (const leftover of [`${target}-wal`, `${target}-shm`]) rmSync(leftover, { force: true });
  renameSync(incoming, target);
  return { version, keptAs };
}

/** Folds the target's log into it and proves that no other connection (the bot) holds it open. */
function requireNobodyHasOpen(target: string): void {
  const db = new Database(target, { fileMustExist: true, timeout: 0 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
    db.exec('COMMIT');
    db.pragma('wal_checkpoint(TRUNCATE)');
  } catch {
    throw new BackupError(`${target} is in use: stop the bot (and any admin command) before restoring`);
  } finally {
    db.close();
  }
}
