import Database from 'better-sqlite3';
import { migrate } from '../../../data/database';
import { MIGRATIONS } from '../../../data/migrations';
import { migratePostgres } from '../../../data/postgres/migrate';
import { POSTGRES_MIGRATIONS } from '../../../data/postgres/migrations';
import { createTestDatabase } from '../../support/postgres/testDatabase';

/** The bot state documents of a release that kept the handoff transcript in them. */
const KEPT_IN_STATE = {
  'webchat/conversations/c1/users/u1/': { lastDataRequest: { intent: 'Balance', offset: 0 }, recentTranscript: [{ type: 'message', text: 'mon solde' }] },
  'webchat/conversations/c1/': { greeted: true, language: 'fr' },
};
/** One whose transcript holds an escaped U+0000, which PostgreSQL's jsonb refuses. */
const WITH_NUL = '{"recentTranscript":[{"type":"message","text":"a\\u0000b"}]}';

/** Migration 12 (SQLite) and 8 (PostgreSQL): the transcript leaves the bot state for `handoff_messages`. */
describe('the handoff messages migration', () => {
  it('takes the transcript out of every bot state document on SQLite, and leaves the rest of each', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.filter((migration) => migration.version <= 11));
    const insert = db.prepare("INSERT INTO bot_state (key, etag, document, updated_at) VALUES (?, 'e', ?, '2026-11-29T09:00:00.000Z')");
    for (const [key, document] of Object.entries(KEPT_IN_STATE)) insert.run(key, JSON.stringify(document));
    insert.run('webchat/conversations/c2/users/u2/', WITH_NUL);

    expect(migrate(db)).toBe(MIGRATIONS.length - 11);
    const documents = Object.fromEntries((db.prepare('SELECT key, document FROM bot_state').all() as { key: string; document: string }[])
      .map((row) => [row.key, JSON.parse(row.document) as unknown]));
    expect(documents).toEqual({
      'webchat/conversations/c1/users/u1/': { lastDataRequest: { intent: 'Balance', offset: 0 } },
      'webchat/conversations/c1/': { greeted: true, language: 'fr' },
      'webchat/conversations/c2/users/u2/': {},
    });
    expect(db.prepare('SELECT count(*) AS n FROM handoff_messages').get()).toEqual({ n: 0 });
    db.close();
  });

  it('does the same on PostgreSQL, except in a document jsonb cannot read, which stays as it was', async () => {
    const database = await createTestDatabase();
    try {
      const { pool } = database;
      await pool.query('CREATE TABLE schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL)');
      for (const migration of POSTGRES_MIGRATIONS.filter((m) => m.version <= 7)) {
        await pool.query(migration.sql);
        await pool.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, now())', [migration.version, migration.name]);
      }
      const insert = (key: string, document: string) =>
        pool.query("INSERT INTO bot_state (key, etag, document, updated_at) VALUES ($1, 'e', $2, now())", [key, document]);
      for (const [key, document] of Object.entries(KEPT_IN_STATE)) await insert(key, JSON.stringify(document));
      await insert('webchat/conversations/c2/users/u2/', WITH_NUL);

      expect(await migratePostgres(pool)).toBe(POSTGRES_MIGRATIONS.length - 7);
      const { rows } = await pool.query<{ key: string; document: string }>('SELECT key, document FROM bot_state');
      expect(Object.fromEntries(rows.map((row) => [row.key, row.key.includes('c2') ? row.document : JSON.parse(row.document) as unknown]))).toEqual({
        'webchat/conversations/c1/users/u1/': { lastDataRequest: { intent: 'Balance', offset: 0 } },
        'webchat/conversations/c1/': { greeted: true, language: 'fr' },
        'webchat/conversations/c2/users/u2/': WITH_NUL,
      });
    } finally {
      await database.drop();
    }
  });
});
