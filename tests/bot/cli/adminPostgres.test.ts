import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { BACKUP_ON_POSTGRES } from '../../../bot/cli/commands/backupCommand';
import { GENERATE_ON_POSTGRES } from '../../../bot/cli/commands/generateCommand';
import { RESTORE_ON_POSTGRES } from '../../../bot/cli/commands/restoreCommand';
import type { PostgresClient } from '../../../data/sql/postgresClient';
import { link } from '../../../dialogs/texts/fr/link';
import { builtBotDir } from '../../support/builtBot';
import { startBotProcess, type BotProcess } from '../../support/botProcess';
import { say } from '../../support/crashTraffic';
import { createTestDatabase, testSqlClient, type TestDatabase } from '../../support/postgres/testDatabase';

const NOW = '2026-11-29T10:00:00+01:00';
const EVENTS_SECRET = 'admin-pg-events-secret';
const USER = 'admin-pg-user';
/** Nobody listens there: the notification's one attempt fails, and it stays in the outbox as failed. */
const DEAD_CHANNEL = 'http://127.0.0.1:1';

const dataset = {
  customers: [{ id: 'k1', name: 'Karim Benali', locale: 'fr-FR' }],
  accounts: [{ id: 'k1-a', customerId: 'k1', type: 'checking', name: 'Compte courant', iban: 'FR7612345678901234567890123', currency: 'EUR', balance: '1520.40' }],
  transactions: [{ id: 'k1-t1', accountId: 'k1-a', bookedAt: '2026-11-02T10:15:00+01:00', amount: '-45.90', description: 'CB CARREFOUR', merchant: 'Carrefour', category: 'groceries', status: 'booked' }],
};

/** `npm run admin -- …` with DATABASE_URL: the built CLI, on the same fresh PostgreSQL database as a running built bot. */
describe('npm run admin on PostgreSQL', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bank-admin-pg-'));
  let database: TestDatabase;
  let sql: PostgresClient;
  let bot: BotProcess;

  const admin = async (...args: string[]): Promise<{ code: number; out: string; err: string }> => {
    const env = {
      PATH: process.env.PATH, TZ: 'Europe/Paris', DATABASE_URL: database.url, DATABASE_PATH: join(dir, 'never.db'),
      FIXED_NOW: NOW, EVENTS_SECRET, PORT: new URL(bot.url).port,
    };
    try {
      const { stdout, stderr } = await promisify(execFile)(process.execPath, [join(builtBotDir(), 'bot', 'cli', 'admin.js'), ...args], { cwd: dir, env });
      return { code: 0, out: stdout, err: stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, out: failed.stdout, err: failed.stderr };
    }
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    bot = await startBotProcess({ DATABASE_URL: database.url, FIXED_NOW: NOW, EVENTS_SECRET, NOTIFY_MAX_ATTEMPTS: '1', LOG_LEVEL: 'warn' });
    sql = testSqlClient(database.url, 2);
  }, 180_000);
  afterAll(async () => {
    bot.child.kill('SIGTERM');
    await bot.exited;
    await sql.close();
    await database.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('imports, issues a link code that links, audits the access, posts an event and lists its failed notification', async () => {
    const file = join(dir, 'bank.json');
    writeFileSync(file, JSON.stringify(dataset));
    expect(await admin('import', file)).toEqual({ code: 0, out: 'imported 1 customers, 1 accounts, 1 transactions, 0 receipts, 0 deliveries\n', err: '' });
    expect(await sql.statement("SELECT balance_cents FROM accounts WHERE id = 'k1-a'").get()).toEqual({ balance_cents: 152040 });

    const issued = await admin('link-code', 'k1');
    expect(issued.out).toMatch(/^One-time link code for k1, valid 10 minutes\. The customer sends "link <code>": [A-HJKMNP-Z2-9]{8}\n$/);
    const code = issued.out.trim().split(' ').pop() as string;
    expect(await say(bot, DEAD_CHANNEL, USER, `lier ${code}`)).toEqual([link.linked('Karim')]);
    expect(await say(bot, DEAD_CHANNEL, USER, 'combien me reste-t-il sur le compte courant ?'))
      .toEqual(['Compte courant (FR76\u00a0••••\u00a0••••\u00a00123)\u00a0: 1\u202f520,40\u00a0€']);
    await say(bot, DEAD_CHANNEL, USER, 'active les notifications');

    expect(await admin('audit', 'k1')).toEqual({
      code: 0, err: '',
      out: 'time (UTC)                 channel     user                  intent        accounts\n'
        + '2026-11-29T09:00:00.000Z  emulator    admin-pg-user         Balance       k1-a\n',
    });

    const event = join(dir, 'event.json');
    writeFileSync(event, JSON.stringify({
      id: 'evt-admin-pg', type: 'transaction.booked',
      transaction: { id: 'tx-admin-pg', accountId: 'k1-a', bookedAt: '2026-11-29T09:30:00+01:00', amount: '-42.00', description: 'CB CINEMA PATHE', merchant: 'Cinéma Pathé', category: 'leisure', status: 'booked' },
    }));
    expect(await admin('event', event)).toEqual({ code: 0, out: '202 {"status":"accepted","id":"evt-admin-pg","notifications":1}\n', err: '' });
    expect(await sql.statement('SELECT id FROM events').all()).toEqual([{ id: 'evt-admin-pg' }]);

    // The dispatcher's one attempt at the dead channel: waited for by its outcome, not by a time.
    while ((await sql.statement<{ status: string }>('SELECT status FROM outbox').get())?.status !== 'failed') {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const outbox = await admin('outbox');
    expect(outbox.code).toBe(0);
    expect(outbox.out.split('\n')).toEqual([
      'id\tevent\tchannel\tstatus\tattempts\tnext attempt\tlast error',
      expect.stringMatching(/^1\tevt-admin-pg\temulator\tfailed\t1\t2026-11-29T09:00:00\.000Z\t\S/),
      '',
    ]);
    expect(outbox.out).not.toMatch(/42|Pathé|admin-pg-user/);
  }, 60_000);

  it('counts the wrong link codes of the minute across chat users', async () => {
    expect(await say(bot, DEAD_CHANNEL, 'guesser', 'lier ABCD2345')).toEqual(['Ce code n’est pas valide ou a expiré. Encore 4 essais avant une pause.']);
    expect(await admin('limits')).toEqual({
      code: 0, err: '',
      out: 'Wrong link codes this minute, all chat users: 1 of 20 (LINK_GLOBAL_FAILURES_PER_MINUTE); linking open\n',
    });
  });

  it('refuses the SQLite-only commands, naming the PostgreSQL tool, and writes nothing', async () => {
    const customers = await sql.statement('SELECT count(*) AS n FROM customers').get();
    expect(await admin('backup', join(dir, 'copy.db'))).toEqual({ code: 1, out: '', err: `${BACKUP_ON_POSTGRES}\n` });
    expect(await admin('restore', join(dir, 'copy.db'))).toEqual({ code: 1, out: '', err: `${RESTORE_ON_POSTGRES}\n` });
    expect(await admin('generate', '--customers', '10', '--months', '1')).toEqual({ code: 1, out: '', err: `${GENERATE_ON_POSTGRES}\n` });
    expect(BACKUP_ON_POSTGRES).toContain('pg_dump');
    expect(RESTORE_ON_POSTGRES).toContain('pg_restore');
    expect(await sql.statement('SELECT count(*) AS n FROM customers').get()).toEqual(customers);
  });
});
