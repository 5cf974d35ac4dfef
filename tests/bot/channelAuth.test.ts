import { generateKeyPairSync } from 'node:crypto';
import { CHANNEL_ISSUER, startOpenIdServer, type OpenIdServer } from '../support/openIdServer';
import { startHttpBot, type HttpBot } from '../support/httpBot';
import { linkChatUser } from '../support/testBot';

const APP_ID = '00000000-0000-0000-0000-0000000000b0';
const USER = { channelId: 'facebook', userId: 'psid-camille' };

describe('channel authentication with credentials (tokens signed by a key served on loopback)', () => {
  let keys: OpenIdServer;
  let http: HttpBot;
  let quiet: jest.SpyInstance;
  /** jsonwebtoken checks expiry against the real clock, so token times are relative to it (never asserted). */
  const nowSeconds = Math.floor(Date.now() / 1000);

  beforeAll(async () => {
    keys = await startOpenIdServer();
  });
  afterAll(() => keys.stop());

  beforeEach(async () => {
    // botbuilder prints every refused token to the console; the assertions below are on what the caller sees.
    quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    http = await startHttpBot({ env: { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'test-secret', BotOpenIdMetadata: keys.metadataUrl } });
    await linkChatUser(http.bot, USER, 'c1');
  });
  afterEach(async () => {
    await http.stop();
    quiet.mockRestore();
  });

  const serviceUrl = () => http.connector.serviceUrl;
  const claims = (overrides: Record<string, unknown> = {}) => ({
    iss: CHANNEL_ISSUER, aud: APP_ID, serviceurl: serviceUrl(), iat: nowSeconds - 60, exp: nowSeconds + 3600, ...overrides,
  });
  const ask = (authorization?: string) => http.post(
    { type: 'message', id: 'm1', channelId: 'facebook', from: { id: USER.userId }, text: 'quel est mon solde ?', deliveryMode: 'expectReplies' },
    authorization === undefined ? {} : { authorization },
  );

  async function expectRefused(authorization?: string): Promise<void> {
    const response = await ask(authorization);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: 'unauthorized' });
    expect(http.connector.received).toEqual([]);
    expect(await http.bot.services.audit.entries('c1')).toEqual([]);
    expect(http.bot.db.prepare('SELECT count(*) AS n FROM bot_state').get()).toEqual({ n: 0 });
  }

  it('answers a request with a valid token, in the HTTP body', async () => {
    const response = await ask(`Bearer ${keys.sign(claims())}`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { activities: { type: string; text?: string }[] };
    expect(body.activities.filter((a) => a.type === 'message').map((a) => a.text)).toEqual([
      // Messenger announces no new conversation: its first message gets the welcome first.
      'Bonjour ! Je suis l’assistant de votre banque. Je peux vous donner vos soldes, vos dernières opérations, vos reçus et la date de livraison de vos colis.',
      [
      'Vos soldes :',
      '• Compte courant (FR76 •••• •••• 0143) : 3\u202f482,15\u00a0€',
      '• Livret A (FR76 •••• •••• 0987) : 12\u202f452,07\u00a0€',
      '• Carte Visa Premier (•••• 4242) : -1\u202f071,77\u00a0€',
    ].join('\n')]);
    expect(await http.bot.services.audit.entries('c1')).toHaveLength(1);
  });

  it('refuses a request without a token', async () => {
    await expectRefused();
  });

  it('refuses an expired token', async () => {
    await expectRefused(`Bearer ${keys.sign(claims({ iat: nowSeconds - 7200, exp: nowSeconds - 3600 }))}`);
  });

  it('refuses a token for another bot (wrong audience)', async () => {
    await expectRefused(`Bearer ${keys.sign(claims({ aud: '00000000-0000-0000-0000-0000000000ff' }))}`);
  });

  it('refuses a token from another issuer', async () => {
    await expectRefused(`Bearer ${keys.sign(claims({ iss: 'https://attacker.example' }))}`);
  });

  it('refuses a token signed with another key (bad signature)', async () => {
    const { privateKey: forged } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    await expectRefused(`Bearer ${keys.sign(claims(), forged)}`);
  });

  it('refuses a token issued for another serviceUrl', async () => {
    await expectRefused(`Bearer ${keys.sign(claims({ serviceurl: 'https://attacker.example/' }))}`);
  });

  it('refuses a token without exp (one that would never expire)', async () => {
    const { exp: _never, ...forever } = claims();
    await expectRefused(`Bearer ${keys.sign(forever)}`);
  });

  it('lets a token the Emulator obtained speak only for the emulator channel, never as a Messenger user', async () => {
    const emulatorToken = keys.sign({
      iss: 'https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/', aud: APP_ID, appid: APP_ID, ver: '1.0',
      iat: nowSeconds - 60, exp: nowSeconds + 3600,
    });
    const response = await ask(`Bearer ${emulatorToken}`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { activities: { type: string; text?: string }[] };
    expect(body.activities.filter((a) => a.type === 'message').map((a) => a.text).join('\n')).not.toContain('Livret A');
    expect(await http.bot.services.audit.entries('c1')).toEqual([]);
  });

  it('refuses a token that is not a JWT, or not a Bearer', async () => {
    await expectRefused('Bearer not-a-token');
    await expectRefused(`Basic ${keys.sign(claims())}`);
  });
});
