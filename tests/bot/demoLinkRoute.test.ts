import { isLoopbackAddress } from '../../bot/http/serviceUrlCheck';
import { openDatabase } from '../../data/database';
import { importDataset } from '../../data/import/importer';
import { startHttpBot, type HttpBot } from '../support/httpBot';

const CREDENTIALS = { MicrosoftAppId: '00000000-0000-0000-0000-0000000000b0', MicrosoftAppPassword: 'secret' };

describe('the demo bank for the terminal chat (local mode, this machine only)', () => {
  let http: HttpBot;
  afterEach(() => http.stop());
  const askCode = (customerId: unknown) => fetch(`${http.url}/api/demo/link-codes`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ customerId }),
  });

  it('lists the seeded demo customers and issues a code that links a chat to the one asked for', async () => {
    http = await startHttpBot();
    const listed = await fetch(`${http.url}/api/demo/customers`);
    expect(listed.status).toBe(200);
    expect(await listed.json()).toEqual({ customers: [
      { id: 'c1', name: 'Camille Martin', locale: 'fr-FR' }, { id: 'c2', name: 'James Wilson', locale: 'en-GB' },
      { id: 'c3', name: 'Léa Dubois', locale: 'fr-FR' }, { id: 'c4', name: 'Emily Clarke', locale: 'en-GB' },
    ] });
    const issued = await askCode('c2');
    expect(issued.status).toBe(201);
    const { customerId, code } = await issued.json() as { customerId: string; code: string };
    expect(customerId).toBe('c2');
    const user = { channelId: 'terminal', userId: 'someone' };
    expect(await http.bot.services.links.redeem(user, code, http.bot.clock.now())).toMatchObject({ kind: 'linked', customerId: 'c2' });
  });

  it('never issues a code for an imported customer, even one with a demo id', async () => {
    const db = openDatabase(':memory:');
    await importDataset(db, { customers: [{ id: 'c1', name: 'Karim Benali', locale: 'fr-FR' }], accounts: [], transactions: [] });
    http = await startHttpBot({ db });
    expect(await (await fetch(`${http.url}/api/demo/customers`)).json()).toEqual({ customers: [] });
    for (const customerId of ['c1', 'k1', 42, null]) {
      const refused = await askCode(customerId);
      expect(refused.status).toBe(404);
      expect(await refused.json()).toEqual({ error: 'no demo customer with that customerId' });
    }
    expect(db.prepare('SELECT count(*) AS n FROM link_codes').get()).toEqual({ n: 0 });
  });

  it('does not exist when the bot has channel credentials', async () => {
    http = await startHttpBot({ env: CREDENTIALS });
    expect((await fetch(`${http.url}/api/demo/customers`)).status).toBe(404);
    expect((await askCode('c1')).status).toBe(404);
  });
});

describe('addresses of this machine', () => {
  it.each([
    ['127.0.0.1', true], ['127.9.8.7', true], ['::1', true], ['::ffff:127.0.0.1', true], ['0:0:0:0:0:0:0:1', true],
    ['10.0.0.5', false], ['::ffff:10.0.0.5', false], ['192.168.1.2', false], ['fe80::1', false], ['localhost', false],
    ['', false], [undefined, false],
  ])('%s → %s', (address, loopback) => {
    expect(isLoopbackAddress(address)).toBe(loopback);
  });
});
