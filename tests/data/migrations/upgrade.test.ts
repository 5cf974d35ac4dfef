import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate, openDatabase, SCHEMA_VERSION, schemaVersionOf } from '../../../data/database';
import { SchemaTooNewError } from '../../../data/errors';
import { MIGRATIONS } from '../../../data/migrations';

describe('schema migrations at start-up', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bank-migrations-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('upgrades a database of the previous version and keeps its data', () => {
    const path = join(dir, 'previous.db');
    const previous = new Database(path);
    migrate(previous, MIGRATIONS.slice(0, -1));
    expect(schemaVersionOf(previous)).toBe(SCHEMA_VERSION - 1);
    previous.exec(`
      INSERT INTO customers (id, name, locale) VALUES ('c9', 'Old Customer', 'fr-FR');
      INSERT INTO accounts (id, customer_id, type, name, iban, currency, balance_cents)
        VALUES ('a9', 'c9', 'checking', 'Compte courant', 'FR7630006000011234567890189', 'EUR', 123456);
      INSERT INTO transactions (id, account_id, booked_at, amount_cents, description, merchant, category, status)
        VALUES ('t9', 'a9', '2026-11-02T09:15:00.000Z', -4590, 'CB CARREFOUR', 'Carrefour', 'groceries', 'booked');
      INSERT INTO links (channel_id, user_id, customer_id, linked_at, expires_at)
        VALUES ('emulator', 'u9', 'c9', '2026-11-01T00:00:00.000Z', '2027-05-01T00:00:00.000Z');
      INSERT INTO audit_log (at, channel_id, user_id, customer_id, intent, account_ids)
        VALUES ('2026-11-02T10:00:00.000Z', 'emulator', 'u9', 'c9', 'Balance', '["a9"]');
    `);
    previous.close();

    const upgraded = openDatabase(path);
    try {
      expect(schemaVersionOf(upgraded)).toBe(SCHEMA_VERSION);
      expect(upgraded.prepare('SELECT balance_cents FROM accounts WHERE id = ?').pluck().get('a9')).toBe(123456);
      expect(upgraded.prepare('SELECT amount_cents FROM transactions WHERE id = ?').pluck().get('t9')).toBe(-4590);
      expect(upgraded.prepare('SELECT customer_id FROM links WHERE user_id = ?').pluck().get('u9')).toBe('c9');
      expect(upgraded.prepare('SELECT intent FROM audit_log WHERE user_id = ?').pluck().all('u9')).toEqual(['Balance']);
      expect(upgraded.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      upgraded.close();
    }
  });

  it('refuses a database written by a newer release, and leaves it untouched', () => {
    const path = join(dir, 'newer.db');
    const newer = openDatabase(path);
    newer.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, 'from the future', '2027-01-01')").run(SCHEMA_VERSION + 1);
    newer.close();
    expect(() => openDatabase(path)).toThrow(new SchemaTooNewError(SCHEMA_VERSION + 1, SCHEMA_VERSION));
    expect(() => openDatabase(path)).toThrow(
      `the database is at schema version ${SCHEMA_VERSION + 1}, newer than this release knows (${SCHEMA_VERSION}): `
      + 'run the release that wrote it, or restore a backup made by this one',
    );
    const after = new Database(path, { readonly: true });
    expect(after.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all())
      .toEqual([...MIGRATIONS.map((m) => m.version), SCHEMA_VERSION + 1]);
    after.close();
  });

  it('applies the pending migrations all or none', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 1));
    const broken = [...MIGRATIONS.slice(0, 2), { version: 99, name: 'broken', sql: 'CREATE TABLE oops (; ' }];
    expect(() => migrate(db, broken)).toThrow();
    expect(schemaVersionOf(db)).toBe(1);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'links'").pluck().get()).toBe(0);
  });
});
