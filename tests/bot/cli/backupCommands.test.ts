import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../../bot/infra/config';
import { backupCommand } from '../../../bot/cli/commands/backupCommand';
import { restoreCommand } from '../../../bot/cli/commands/restoreCommand';
import { openDatabase, SCHEMA_VERSION } from '../../../data/database';

describe('admin backup and restore', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bank-admin-backup-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const out: string[] = [];
  const err: string[] = [];
  const print = { out: (line: string) => out.push(line), err: (line: string) => err.push(line) };
  beforeEach(() => { out.length = 0; err.length = 0; });

  it('backs up, then restores once the database is closed, saying where the old one went', async () => {
    const path = join(dir, 'bank.db');
    const config = loadConfig({ DATABASE_PATH: path });
    const db = openDatabase(path);
    const backup = join(dir, 'nightly.db');
    expect(await backupCommand([backup], { db, config, ...print })).toBe(0);
    expect(out).toEqual([expect.stringMatching(new RegExp(`^backup written: ${backup} \\(schema version ${SCHEMA_VERSION}, \\d+ pages, integrity ok\\)$`))]);

    out.length = 0;
    expect(await restoreCommand([backup], { config, ...print })).toBe(1);
    expect(err).toEqual([`restore refused: ${path} is in use: stop the bot (and any admin command) before restoring`]);
    db.close();

    expect(await restoreCommand([backup], { config, ...print })).toBe(0);
    expect(out[0]).toBe(`restored ${backup} (schema version ${SCHEMA_VERSION}, integrity ok) into ${path}`);
    expect(out[1]).toMatch(new RegExp(`^the database it replaced is kept as ${path}\\.before-restore-`));
  });

  it('asks for exactly one file', async () => {
    const config = loadConfig({ DATABASE_PATH: join(dir, 'other.db') });
    expect(await restoreCommand([], { config, ...print })).toBe(2);
    expect(err).toEqual(['usage: npm run admin -- restore <file>']);
  });
});
