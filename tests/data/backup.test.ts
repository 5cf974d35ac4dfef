import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BackupError, backupTo, checkBackup, restoreFrom } from '../../data/backup';
import { openDatabase, SCHEMA_VERSION } from '../../data/database';
import { seedDemoBankIfEmpty } from '../../data/demo/seed';
import { startWriter } from '../support/writerProcess';

const NOW = new Date('2026-11-29T09:00:00Z');
const count = (db: Database.Database, table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

describe('online backup and restore', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bank-backup-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('copies a consistent instant while another process makes 1,000 writes, and restores it', async () => {
    const live = join(dir, 'live.db');
    const db = openDatabase(live);
    await seedDemoBankIfEmpty(db, NOW, 'Europe/Paris');
    const writer = startWriter(live, 1000);
    while (count(db, 'events') < 100) await new Promise((resolve) => setTimeout(resolve, 5));
    const backup = join(dir, 'copy.db');
    expect(await backupTo(db, backup)).toMatchObject({ version: SCHEMA_VERSION });
    expect(await writer.done).toBe(0);
    expect(count(db, 'events')).toBe(1000);
    db.close();

    const copy = new Database(backup, { readonly: true });
    const events = count(copy, 'events');
    expect(events).toBeGreaterThanOrEqual(100);
    expect(events).toBeLessThanOrEqual(1000);
    // One instant: every write whole, and the writes before it all there (ids w0001…wN, no gap).
    expect([count(copy, 'outbox'), count(copy, 'audit_log')]).toEqual([events, events]);
    expect(copy.prepare('SELECT max(id) FROM events').pluck().get()).toBe(`w${String(events).padStart(4, '0')}`);
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();

    const { keptAs } = await restoreFrom(backup, live, NOW);
    expect(keptAs).toBe(`${live}.before-restore-2026-11-29T09-00-00-000Z`);
    const restored = openDatabase(live);
    expect([count(restored, 'events'), count(restored, 'customers')]).toEqual([events, 4]);
    restored.close();
    const replaced = new Database(keptAs!, { readonly: true });
    expect(count(replaced, 'events')).toBe(1000);
    replaced.close();
  }, 60_000);

  it('refuses to restore over a database the bot has open', async () => {
    const live = join(dir, 'busy.db');
    const backup = join(dir, 'busy-copy.db');
    const bot = openDatabase(live);
    await backupTo(bot, backup);
    await expect(restoreFrom(backup, live, NOW)).rejects.toThrow(
      new BackupError(`${live} is in use: stop the bot (and any admin command) before restoring`),
    );
    expect(count(bot, 'schema_migrations')).toBe(SCHEMA_VERSION);
    bot.close();
  });

  it('refuses a damaged file, a foreign one, and one from a newer release', () => {
    const damaged = join(dir, 'damaged.db');
    writeFileSync(damaged, 'SQLite format 3\0 but not really');
    expect(() => checkBackup(damaged)).toThrow(/^.*damaged\.db: not a readable SQLite database/);
    const foreign = join(dir, 'foreign.db');
    new Database(foreign).exec('CREATE TABLE t (x)');
    expect(() => checkBackup(foreign)).toThrow(`${foreign}: not a database of the bank assistant (no schema version)`);
    const newer = join(dir, 'newer.db');
    const db = openDatabase(newer);
    db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, 'future', 'x')").run(SCHEMA_VERSION + 1);
    db.close();
    expect(() => checkBackup(newer)).toThrow(`the database is at schema version ${SCHEMA_VERSION + 1}`);
    expect(() => checkBackup(join(dir, 'missing.db'))).toThrow(`${join(dir, 'missing.db')}: no such file`);
  });
});
