import { startHttpBot, type HttpBot } from '../support/httpBot';
import { linkChatUser } from '../support/testBot';

const NNBSP = '\u202f';
const NBSP = '\u00a0';
const EMULATOR_USER = { channelId: 'emulator', userId: 'emulator-user' };

describe('HTTP endpoint, as the Emulator speaks to it', () => {
  let http: HttpBot;

  beforeEach(async () => {
    http = await startHttpBot();
  });

  afterEach(async () => {
    await http.stop();
  });

  it('answers /healthz when ready', async () => {
    const response = await fetch(`${http.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('welcomes a new member through the serviceUrl callback', async () => {
    const response = await http.post({ type: 'conversationUpdate', membersAdded: [{ id: 'emulator-user' }] });
    expect(response.status).toBe(200);
    const [welcome] = http.connector.messages();
    expect(welcome.text).toMatch(/^Bonjour\u202f! Je suis l’assistant de votre banque\./);
    expect(welcome.suggestedActions?.actions.map((a) => a.title)).toEqual(['Lier mon compte', 'Aide']);
  });

  it('links with a code, then answers the balance with a trace of the recognizer result', async () => {
    const code = await http.bot.services.links.issueCode('c1', http.bot.clock.now()) as string;
    expect((await http.post({ type: 'message', id: 'm1', text: `lier ${code}` })).status).toBe(200);
    expect((await http.post({ type: 'message', id: 'm2', text: 'combien sur mon livret A ?' })).status).toBe(200);

    const messages = http.connector.messages().map((m) => m.text);
    expect(messages).toEqual([
      'C’est fait, cette conversation est liée. Bienvenue, Camille ! Que voulez-vous consulter ?',
      `Livret A (FR76 •••• •••• 0987) : 12${NNBSP}452,07${NBSP}€`,
    ]);
    const traces = http.connector.received.map((r) => r.activity).filter((a) => a.type === 'trace' && a.label === 'Recognizer Result');
    expect(traces).toHaveLength(2);
    expect(traces[1].valueType).toBe('https://www.luis.ai/schemas/trace');
    expect(traces[1].value).toMatchObject({
      recognizerResult: {
        text: 'combien sur mon livret A ?',
        intents: { Balance: { score: expect.any(Number) } },
        entities: { language: 'fr', account: [{ id: 'c1-savings', type: 'savings' }] },
      },
      luisModel: { ModelID: 'bank-assistant-local-recognizer' },
      luisOptions: { Staging: false },
      luisResult: { query: 'combien sur mon livret A ?', topScoringIntent: { intent: 'Balance', score: expect.any(Number) } },
    });
  });

  it('puts the replies in the HTTP body with deliveryMode expectReplies, and calls nobody back', async () => {
    await linkChatUser(http.bot, EMULATOR_USER, 'c2');
    const response = await http.post({ type: 'message', id: 'm1', text: "what's in my savings?", deliveryMode: 'expectReplies' });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { activities: { type: string; text?: string }[] };
    expect(body.activities.filter((a) => a.type === 'message').map((a) => a.text)).toEqual([
      'Easy Saver (GB94 •••• •••• 3459): €8,240.00',
    ]);
    expect(http.connector.received).toEqual([]);
  });

  it('refuses malformed bodies with a 4xx and keeps serving', async () => {
    expect((await http.postRaw('{not json')).status).toBe(400);
    expect((await http.postRaw('{}')).status).toBe(400);
    expect((await http.postRaw('[]')).status).toBe(400);
    expect((await http.postRaw(JSON.stringify({ type: 'message', channelId: 'emulator' }))).status).toBe(400);
    expect((await http.postRaw('x'.repeat(300_000))).status).toBe(413);
    const refused = await http.postRaw('{}');
    expect(await refused.json()).toEqual({ error: 'type is required' });
    expect((await fetch(`${http.url}/healthz`)).status).toBe(200);
  });
});

describe('HTTP endpoint with channel credentials', () => {
  it('refuses a request without a token with 401 and runs no turn', async () => {
    const http = await startHttpBot({ env: { MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'secret' } });
    try {
      const response = await http.post({ type: 'message', id: 'm1', text: 'quel est mon solde ?' });
      expect(response.status).toBe(401);
      expect(http.connector.received).toEqual([]);
    } finally {
      await http.stop();
    }
  });
});
