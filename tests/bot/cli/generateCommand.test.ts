import { loadConfig } from '../../../bot/infra/config';
import { generateCommand } from '../../../bot/cli/commands/generateCommand';
import { openDatabase, type Db } from '../../../data/database';

describe('admin generate', () => {
  let db: Db;
  let out: string[];
  let err: string[];
  const run = (args: string[]) => generateCommand(args, {
    db, config: loadConfig({ FIXED_NOW: '2026-11-29T10:00:00+01:00' }), out: (l) => out.push(l), err: (l) => err.push(l),
  });
  const customers = () => (db.prepare('SELECT count(*) AS n FROM customers').get() as { n: number }).n;

  beforeEach(() => {
    db = openDatabase(':memory:');
    out = [];
    err = [];
  });

  it('generates the customers asked for and says how many rows it wrote, how fast and at what load', async () => {
    expect(await run(['--customers', '20', '--months', '2'])).toBe(0);
    expect(customers()).toBe(20);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^generated 20 customers, \d+ rows in [\d.]+ s \(\d+ rows\/s, \d+ rows per CPU second; load average [\d.]+ [\d.]+ [\d.]+\)$/);
    expect(err).toEqual([]);
  });

  it.each([
    [[]], [['--customers', '10']], [['--months', '3']], [['--customers', '0', '--months', '3']],
    [['--customers', 'ten', '--months', '3']], [['--customers', '5', '--months', '121']], [['--customers', '-5', '--months', '2']],
  ])('refuses %j with the usage, writing nothing', async (args) => {
    expect(await run(args)).toBe(2);
    expect(err[0]).toContain('usage: npm run admin -- generate --customers N --months M');
    expect(customers()).toBe(0);
  });

  it('says in one line why a load stopped, keeps nothing of it, and leaves no signal handler behind', async () => {
    const handlers = process.listenerCount('SIGINT');
    db.exec(`CREATE TRIGGER full_disk BEFORE INSERT ON transactions WHEN NEW.id = 'g0000001-t1'
      BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END`);
    expect(await run(['--customers', '20', '--months', '2'])).toBe(1);
    expect(err).toEqual(['generate stopped after 0 of 20 customers, nothing kept: database or disk is full']);
    expect(out).toEqual([]);
    expect(customers()).toBe(0);
    expect(process.listenerCount('SIGINT')).toBe(handlers);
  });

  it('refuses a second run on the same database and writes nothing more', async () => {
    await run(['--customers', '5', '--months', '1']);
    out = [];
    expect(await run(['--customers', '5', '--months', '1'])).toBe(1);
    expect(err).toEqual(['generate refused, nothing written: this database already holds generated customers: use a new DATABASE_PATH']);
    expect(customers()).toBe(5);
  });
});
