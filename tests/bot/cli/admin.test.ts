import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../../bot/infra/config';
import { auditCommand } from '../../../bot/cli/commands/auditCommand';
import { importCommand } from '../../../bot/cli/commands/importCommand';
import { linkCodeCommand } from '../../../bot/cli/commands/linkCodeCommand';
import { openDatabase, type Db } from '../../../data/database';
import { LinkStore } from '../../../data/linkStore';
import { AuditLog } from '../../../data/auditLog';
import { seedDemoBankIfEmpty } from '../../../data/demo/seed';

const dataset = {
  customers: [{ id: 'k1', name: 'Karim Benali', locale: 'fr-FR' }],
  accounts: [{ id: 'k1-a', customerId: 'k1', type: 'checking', name: 'Compte courant', iban: 'FR7612345678901234567890123', currency: 'EUR', balance: '1520.40' }],
  transactions: [{ id: 'k1-t1', accountId: 'k1-a', bookedAt: '2026-11-02T10:15:00+01:00', amount: '-45.90', description: 'CB CARREFOUR', merchant: 'Carrefour', category: 'groceries', status: 'booked' }],
};

describe('admin commands', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bank-admin-'));
  let db: Db;
  let out: string[];
  let err: string[];
  const context = () => ({ db, config: loadConfig({}), out: (l: string) => out.push(l), err: (l: string) => err.push(l) });

  beforeEach(() => {
    db = openDatabase(':memory:');
    out = [];
    err = [];
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  // Each test writes the file it reads, so any test passes alone and in any order.
  const writeDataset = (name: string, content: string = JSON.stringify(dataset)): string => {
    const file = join(dir, name);
    writeFileSync(file, content);
    return file;
  };

  it('imports a dataset file and says what it loaded', async () => {
    const file = writeDataset('good.json');
    expect(await importCommand([file], context())).toBe(0);
    expect(out).toEqual(['imported 1 customers, 1 accounts, 1 transactions, 0 receipts, 0 deliveries']);
    expect(db.prepare('SELECT balance_cents FROM accounts WHERE id = ?').get('k1-a')).toEqual({ balance_cents: 152040 });
  });

  it('refuses a bad file, names the first bad field and writes nothing', async () => {
    const bad = structuredClone(dataset);
    bad.transactions[0].amount = '12,5';
    const file = writeDataset('bad.json', JSON.stringify(bad));
    expect(await importCommand([file], context())).toBe(1);
    expect(err).toEqual(['import refused, nothing written: transactions[0].amount: "12,5" is not a decimal amount']);
    expect(db.prepare('SELECT COUNT(*) AS n FROM customers').get()).toEqual({ n: 0 });
  });

  it("refuses an account with another customer's IBAN (the demo bank's Camille), writing nothing", async () => {
    await seedDemoBankIfEmpty(db, new Date('2026-11-29T10:00:00+01:00'), 'Europe/Paris');
    const customers = (db.prepare('SELECT COUNT(*) AS n FROM customers').get() as { n: number }).n;
    const intruder = structuredClone(dataset);
    intruder.customers[0].id = 'z1';
    intruder.accounts[0] = { ...intruder.accounts[0], customerId: 'z1', iban: 'FR7630004000031234567890143' };
    expect(await importCommand([writeDataset('intruder.json', JSON.stringify(intruder))], context())).toBe(1);
    expect(err).toEqual(['import refused, nothing written: accounts[0].iban: already belongs to another customer']);
    expect(db.prepare('SELECT COUNT(*) AS n FROM customers').get()).toEqual({ n: customers });
  });

  it('refuses a file that is not JSON', async () => {
    const file = writeDataset('broken.json', '{"customers": [');
    expect(await importCommand([file], context())).toBe(1);
    expect(err[0]).toMatch(/^import refused, nothing written: .*broken\.json is not readable JSON/);
  });

  it('prints a link code as the last word, and that code links', async () => {
    expect(await importCommand([writeDataset('link.json')], context())).toBe(0);
    out = [];
    expect(await linkCodeCommand(['k1'], context())).toBe(0);
    const code = out.join(' ').split(/\s+/).pop() as string;
    expect(code).toMatch(/^[A-HJKMNP-Z2-9]{8}$/);
    const links = new LinkStore(db, loadConfig({}).linking);
    expect(await links.redeem({ channelId: 'emulator', userId: 'u' }, code, new Date())).toEqual({ kind: 'linked', customerId: 'k1' });
  });

  it('refuses a link code for an unknown customer', async () => {
    expect(await linkCodeCommand(['nobody'], context())).toBe(1);
    expect(err).toEqual(['no customer with id "nobody"']);
    expect(out).toEqual([]);
  });

  it('refuses the audit of an unknown customer, as link-code does, rather than report no access', async () => {
    expect(await auditCommand(['nobody'], context())).toBe(1);
    expect(err).toEqual(['no customer with id "nobody"']);
    expect(out).toEqual([]);
  });

  it('still prints the trail of a customer id that the bank no longer holds', async () => {
    await new AuditLog(db).record({ at: '2026-11-28T08:00:00.000Z', channelId: 'facebook', userId: 'psid-9', customerId: 'gone', intent: 'Balance', accountIds: [] });
    expect(await auditCommand(['gone'], context())).toBe(0);
    expect(out.slice(1)).toEqual(['2026-11-28T08:00:00.000Z  facebook    psid-9                Balance       ']);
    expect(err).toEqual([]);
  });

  it('says when nobody accessed the data, and prints the audit trail newest first', async () => {
    expect(await importCommand([writeDataset('audit.json')], context())).toBe(0);
    out = [];
    expect(await auditCommand(['k1'], context())).toBe(0);
    expect(out).toEqual(['no access recorded for k1']);
    const audit = new AuditLog(db);
    await audit.record({ at: '2026-11-28T08:00:00.000Z', channelId: 'facebook', userId: 'psid-9', customerId: 'k1', intent: 'Balance', accountIds: ['k1-a'] });
    await audit.record({ at: '2026-11-29T09:30:00.000Z', channelId: 'emulator', userId: 'u-2', customerId: 'k1', intent: 'Transactions', accountIds: [] });
    out = [];
    await auditCommand(['k1'], context());
    expect(out.slice(1)).toEqual([
      '2026-11-29T09:30:00.000Z  emulator    u-2                   Transactions  ',
      '2026-11-28T08:00:00.000Z  facebook    psid-9                Balance       k1-a',
    ]);
  });
});
