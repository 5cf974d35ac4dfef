import { loadConfig } from '../../bot/infra/config';

const URL = 'postgres://bank:secret@db.internal:5432/bank';

describe('DATABASE_URL chooses the engine', () => {
  it('is SQLite at DATABASE_PATH when unset, and PostgreSQL for a postgres:// URL', () => {
    expect(loadConfig({ DATABASE_PATH: '/tmp/x.db' })).toMatchObject({ databasePath: '/tmp/x.db', databaseUrl: undefined });
    expect(loadConfig({ DATABASE_URL: URL }).databaseUrl).toBe(URL);
    expect(loadConfig({ DATABASE_URL: 'postgresql://h/db' }).databaseUrl).toBe('postgresql://h/db');
  });

  it('refuses a URL of another engine, naming the setting', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://h/db' })).toThrow('DATABASE_URL: expected postgres://… or postgresql://…');
  });
});
