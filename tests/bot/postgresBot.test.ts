import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LoopbackConnector } from '../../bot/cli/loopbackConnector';
import { loadConfig } from '../../bot/infra/config';
import { signBody } from '../../bot/notifications/signature';
import { LinkStore } from '../../data/linkStore';
import type { PostgresClient } from '../../data/sql/postgresClient';
import { runBotToExit, startBotProcess, type BotProcess } from '../support/botProcess';
import { say } from '../support/crashTraffic';
import { link } from '../../dialogs/texts/fr/link';
import { createTestDatabase, testSqlClient, type TestDatabase } from '../support/postgres/testDatabase';

const N = '\u202f';
const S = '\u00a0';
/** The demo bank's "now" of every bot test: Sunday 29 November 2026, 10:00 in Paris. */
const NOW = '2026-11-29T10:00:00+01:00';
const EVENTS_SECRET = 'postgres-bot-events-secret';
const USER = 'pg-user';

/** `npm start` with DATABASE_URL: the built bot, as a real process, on a fresh PostgreSQL database of its own. */
describe('the built bot on PostgreSQL', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bank-pg-bot-'));
  const sqlitePath = join(dir, 'never.db');
  const connector = new LoopbackConnector();
  let database: TestDatabase;
  let sql: PostgresClient;
  let bot: BotProcess;
  let serviceUrl: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    serviceUrl = await connector.start();
    bot = await startBotProcess({
      DATABASE_URL: database.url, DATABASE_PATH: sqlitePath, FIXED_NOW: NOW, EVENTS_SECRET, LOG_LEVEL: 'warn',
    });
    sql = testSqlClient(database.url, 2);
  }, 180_000);
  afterAll(async () => {
    bot.child.kill('SIGTERM');
    await bot.exited;
    await sql.close();
    await connector.stop();
    await database.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('migrated and seeded the demo bank in PostgreSQL, and wrote no SQLite file', async () => {
    const customers = await sql.statement<{ id: string }>('SELECT id FROM customers ORDER BY id').all();
    expect(customers.map((c) => c.id)).toEqual(['c1', 'c2', 'c3', 'c4']);
    expect(existsSync(sqlitePath)).toBe(false);
  });

  /** Links a chat user of its own to Camille with a code issued in PostgreSQL, as `admin link-code` does. */
  async function linkCamille(user: string): Promise<void> {
    const code = await new LinkStore(sql, loadConfig({}).linking).issueCode('c1', new Date(NOW)) as string;
    expect(await say(bot, serviceUrl, user, `lier ${code}`)).toEqual([link.linked('Camille')]);
  }

  it('links Camille, then answers her balance and last month\'s income from PostgreSQL', async () => {
    await linkCamille(USER);
    expect(await say(bot, serviceUrl, USER, 'combien me reste-t-il sur le compte courant ?')).toEqual([
      `Compte courant (FR76${S}••••${S}••••${S}0143)${S}: 3${N}482,15${S}€`,
    ]);
    expect(await say(bot, serviceUrl, USER, 'combien j’ai gagné le mois dernier ?')).toEqual([[
      `Vos revenus du 1er au 31 octobre${S}: 2${N}500,00${S}€ en 1 versement (hors virements entre vos comptes).`,
      `• Thales${S}: 2${N}500,00${S}€`,
    ].join('\n')]);
    const audited = await sql.statement<{ intent: string }>('SELECT intent FROM audit_log WHERE user_id = @user ORDER BY id').all({ user: USER });
    expect(audited.map((row) => row.intent)).toEqual(['Balance', 'Transactions']);
  });

  // On the Livret A, which the other test does not read: the two run in either order (npm run test:random).
  it('stores a signed bank event with its transaction, and the balance moves by its amount', async () => {
    const body = JSON.stringify({
      id: 'pg-evt-1', type: 'transaction.booked', occurredAt: new Date(NOW).toISOString(),
      transaction: {
        id: 'tx-pg-evt-1', accountId: 'c1-savings', bookedAt: '2026-11-29T09:30:00+01:00', amount: '-42.00',
        description: 'CB CINEMA PATHE', merchant: 'Cinéma Pathé', category: 'leisure', status: 'booked',
      },
    });
    const response = await fetch(`${bot.url}/api/events`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'x-signature-256': signBody(body, EVENTS_SECRET) }, body,
    });
    expect(response.status).toBe(202);
    expect(await sql.statement('SELECT id FROM events').all()).toEqual([{ id: 'pg-evt-1' }]);
    expect(await sql.statement("SELECT amount_cents FROM transactions WHERE id = 'tx-pg-evt-1'").get()).toEqual({ amount_cents: -4200 });
    // The demo seed's 12 452,07 € on this clock, less 42,00 €.
    expect(await sql.statement("SELECT balance_cents FROM accounts WHERE id = 'c1-savings'").get()).toEqual({ balance_cents: 1241007 });
    await linkCamille(`${USER}-after-event`);
    expect(await say(bot, serviceUrl, `${USER}-after-event`, 'combien me reste-t-il sur le livret A ?')).toEqual([
      `Livret A (FR76${S}••••${S}••••${S}0987)${S}: 12${N}410,07${S}€`,
    ]);
  });
});

describe('npm start with an unreachable DATABASE_URL', () => {
  it('stops with exit 1 and the reason, without the password', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bank-pg-down-'));
    try {
      const run = await runBotToExit({ DATABASE_URL: 'postgres://bank:secret@127.0.0.1:1/bank', DATABASE_PATH: join(dir, 'never.db') });
      expect(run.code).toBe(1);
      expect(run.stderr).toBe('bank assistant failed to start: connect ECONNREFUSED 127.0.0.1:1\n');
      expect(existsSync(join(dir, 'never.db'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
