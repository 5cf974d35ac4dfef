import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../bot/infra/config';
import { requireSupportedEngine, SQLITE_ONLY_PARTS } from '../../bot/infra/databaseEngine';
import { buildIfStale } from '../../scripts/buildIfStale';

const ROOT = join(__dirname, '..', '..');
const URL = 'postgres://bank:secret@db.internal:5432/bank';

describe('DATABASE_URL chooses the engine', () => {
  it('is SQLite at DATABASE_PATH when unset, and PostgreSQL for a postgres:// URL', () => {
    expect(loadConfig({ DATABASE_PATH: '/tmp/x.db' })).toMatchObject({ databasePath: '/tmp/x.db', databaseUrl: undefined });
    expect(loadConfig({ DATABASE_URL: URL }).databaseUrl).toBe(URL);
    expect(loadConfig({ DATABASE_URL: 'postgresql://h/db' }).databaseUrl).toBe('postgresql://h/db');
    expect(() => requireSupportedEngine(loadConfig({}))).not.toThrow();
  });

  it('refuses a URL of another engine, naming the setting', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://h/db' })).toThrow('DATABASE_URL: expected postgres://… or postgresql://…');
  });

  it('refuses to start on PostgreSQL while parts are SQLite-only, and says which', () => {
    expect(() => requireSupportedEngine(loadConfig({ DATABASE_URL: URL }))).toThrow(
      `Still SQLite-only: ${SQLITE_ONLY_PARTS.join('; ')}. Unset DATABASE_URL to run on SQLite at DATABASE_PATH.`);
  });
});

describe('npm start and npm run admin with DATABASE_URL set', () => {
  let folder: string;
  beforeAll(() => buildIfStale(ROOT), 180_000);
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'bank-engine-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it.each([['index.js', []], ['cli/admin.js', ['outbox']]])('%s stops with exit 1 and the reason, before touching any database', (entry, args) => {
    const run = spawnSync(process.execPath, [join(ROOT, 'dist', 'bot', entry), ...args], {
      cwd: folder, env: { ...process.env, DATABASE_URL: URL, DATABASE_PATH: join(folder, 'bank.db') }, encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('DATABASE_URL is set, but this version cannot run on PostgreSQL yet');
    expect(run.stderr).not.toContain('secret');
    expect(readdirSync(folder)).toEqual([]);
  });
});
