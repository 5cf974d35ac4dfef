import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadEnvFile } from '../../bot/infra/envFile';
import { loadConfig } from '../../bot/infra/config';

describe('.env at the project root', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'bank-env-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('fills the settings the environment does not set, as Node reads the file (quotes, comments)', () => {
    writeFileSync(join(folder, '.env'), '# copied from .env.example\nPORT=4731\nDATABASE_PATH="data/my bank.db"\nEVENTS_SECRET=s3cret-of-the-demo-bank # for the demo\n');
    const env: Record<string, string | undefined> = {};
    expect(loadEnvFile(env, folder).sort()).toEqual(['DATABASE_PATH', 'EVENTS_SECRET', 'PORT']);
    expect(env).toEqual({ PORT: '4731', DATABASE_PATH: 'data/my bank.db', EVENTS_SECRET: 's3cret-of-the-demo-bank' });
    expect(loadConfig(env).port).toBe(4731);
  });

  it('leaves every variable the environment sets, even to an empty string: the environment wins', () => {
    writeFileSync(join(folder, '.env'), 'PORT=4731\nEVENTS_SECRET=from-the-file\nLOG_LEVEL=debug\n');
    const env: Record<string, string | undefined> = { PORT: '5000', EVENTS_SECRET: '' };
    expect(loadEnvFile(env, folder)).toEqual(['LOG_LEVEL']);
    expect(env).toEqual({ PORT: '5000', EVENTS_SECRET: '', LOG_LEVEL: 'debug' });
  });

  it('changes nothing when there is no .env', () => {
    const env: Record<string, string | undefined> = { PORT: '5000' };
    expect(loadEnvFile(env, folder)).toEqual([]);
    expect(env).toEqual({ PORT: '5000' });
  });

  it('copied from .env.example, gives every default', () => {
    copyFileSync(join(__dirname, '..', '..', '.env.example'), join(folder, '.env'));
    const env: Record<string, string | undefined> = {};
    loadEnvFile(env, folder);
    expect(env.BOT_URL).toBeUndefined();
    expect({ ...loadConfig(env), databasePath: 'same' }).toEqual({ ...loadConfig({}), databasePath: 'same' });
    expect(loadConfig(env).databasePath).toBe('data/bank.db');
  });
});
