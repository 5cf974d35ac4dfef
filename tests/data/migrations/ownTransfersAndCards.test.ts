import Database from 'better-sqlite3';
import { migrate } from '../../../data/database';
import { MIGRATIONS } from '../../../data/migrations';

/** A database at version 4 with records that point at its accounts, then migrated to version 5. */
describe('migration 5: own transfers and cards without IBAN', () => {
  it('keeps every account, transaction and threshold, and lets a card go without an IBAN', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    for (const migration of MIGRATIONS.filter((m) => m.version <= 4)) {
      db.exec(migration.sql);
      db.prepare("INSERT INTO schema_migrations VALUES (?, ?, '2026-01-01')").run(migration.version, migration.name);
    }
    db.exec(`
      INSERT INTO customers VALUES ('c1', 'Camille', 'fr-FR');
      INSERT INTO accounts VALUES ('a1', 'c1', 'checking', 'Compte courant', 'FR7630004000031234567890143', 'EUR', 100000);
      INSERT INTO transactions VALUES ('t1', 'a1', '2026-11-02T09:00:00.000Z', -4590, 'CB CARREFOUR', 'Carrefour', 'groceries', 'booked');
      INSERT INTO low_balance_thresholds VALUES ('facebook', 'u1', 'a1', 10000);`);

    expect(migrate(db)).toBe(MIGRATIONS.length - 4);

    expect(db.prepare('SELECT * FROM accounts').all()).toEqual([{
      id: 'a1', customer_id: 'c1', type: 'checking', name: 'Compte courant', iban: 'FR7630004000031234567890143',
      card_last4: null, currency: 'EUR', balance_cents: 100000,
    }]);
    expect(db.prepare('SELECT id, counterparty_account_id FROM transactions').all()).toEqual([{ id: 't1', counterparty_account_id: null }]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.prepare("INSERT INTO accounts VALUES ('a3', 'c1', 'credit_card', 'Carte Visa', NULL, '4242', 'EUR', -31248)").run();
    expect(() => db.prepare("INSERT INTO accounts VALUES ('a4', 'c1', 'savings', 'Livret', NULL, NULL, 'EUR', 0)").run())
      .toThrow(/CHECK constraint failed/);
    expect(() => db.prepare("INSERT INTO accounts VALUES ('a5', 'c1', 'credit_card', 'Carte', NULL, '42x2', 'EUR', 0)").run())
      .toThrow(/CHECK constraint failed/);
    db.close();
  });
});
