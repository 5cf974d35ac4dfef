import { signToken } from '../../../bot/webchat/tokens';
import { textsFor } from '../../../dialogs/texts';
import { linkChatUser } from '../../support/testBot';
import { anonymousToken, DirectLineClient } from '../../support/directLineClient';
import { startWebChatServer, type WebChatServer } from '../../support/webChatServer';

const NBSP = '\u00a0';
const NNBSP = '\u202f';
const WELCOME = /^Bonjour\u202f! Je suis l’assistant de votre banque\./;
const CREDENTIALS = { MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'secret' };
const BANK_SECRET = 'bank-website-secret-of-32-characters';
/** The bot's own refusals (their wording belongs to dialogs/texts): the web channel must get exactly these. */
const NEED_LINK = textsFor('fr').needLink;
const TOO_MANY = textsFor('fr').tooManyMessages;

describe('web chat Direct Line, local mode', () => {
  let server: WebChatServer;
  let client: DirectLineClient;

  beforeEach(async () => {
    server = await startWebChatServer();
    client = await new DirectLineClient(server.url).start(await anonymousToken(server.url, 'web-visitor-1'));
  });
  afterEach(async () => {
    await server.stop();
  });

  it('welcomes the new member with the starting quick replies, at watermark 0', async () => {
    const [welcome] = await client.read();
    expect(welcome).toMatchObject({ type: 'message', channelId: 'webchat', from: { role: 'bot' } });
    expect(welcome.text).toMatch(WELCOME);
    expect(welcome.suggestedActions?.actions.map((a) => a.title)).toEqual(['Lier mon compte', 'Aide']);
    expect(client.watermark).toBe('1');
  });

  it('welcomes in English a page that starts in English', async () => {
    const english = await new DirectLineClient(server.url).start(await anonymousToken(server.url, 'web-visitor-4'), 'en-GB');
    expect(await english.botTexts()).toEqual([`${textsFor('en').welcome}\n\n${textsFor('en').welcomeUnlinked}`]);
  });

  it('keeps at most five conversations of one user: a sixth forgets that user’s oldest, and no one else’s', async () => {
    const token = await anonymousToken(server.url, 'web-visitor-5');
    const first = await new DirectLineClient(server.url).start(token);
    for (let i = 0; i < 5; i++) await new DirectLineClient(server.url).start(token);
    expect(await server.webChat.log.find(first.conversationId)).toBeUndefined();
    expect(await server.webChat.log.find(client.conversationId)).toBeDefined();
    expect((await first.call(`/conversations/${first.conversationId}/activities`, { token: first.token })).status).toBe(404);
  });

  it('echoes the message as the token’s user on channel webchat, then answers it through the bot', async () => {
    await client.read();
    await linkChatUser(server.bot, { channelId: 'webchat', userId: 'web-visitor-1' }, 'c1');
    expect((await client.say('combien sur mon livret A ?')).status).toBe(200);
    const [echo, ...replies] = (await client.read()).filter((a) => a.type === 'message');
    expect(echo).toMatchObject({ text: 'combien sur mon livret A ?', channelId: 'webchat', from: { id: 'web-visitor-1', role: 'user' } });
    expect(replies.map((a) => a.text)).toEqual([`Livret A (FR76 •••• •••• 0987) : 12${NNBSP}452,07${NBSP}€`]);
    expect((await server.bot.services.audit.entries('c1'))[0]).toMatchObject({ channelId: 'webchat', userId: 'web-visitor-1', intent: 'Balance' });
  });

  it('resumes from the start or from a watermark after a reload', async () => {
    await client.say('aide');
    const again = new DirectLineClient(server.url);
    Object.assign(again, { conversationId: client.conversationId, token: client.token });
    const resumed = await again.call(`/conversations/${client.conversationId}?watermark=`, { token: client.token });
    expect(resumed.status).toBe(200);
    expect((await again.read()).filter((a) => a.type === 'message').map((a) => a.from?.role)).toEqual(['bot', 'user', 'bot']);
    again.watermark = '2';
    expect((await again.read()).map((a) => a.text)).toEqual([expect.stringMatching(/^Je peux répondre à/)]);
  });

  it('holds a poll until the next activity arrives', async () => {
    await client.read();
    const waiting = client.read();
    await client.say('aide');
    expect((await waiting).map((a) => a.text)[0]).toBe('aide');
  });

  it('refuses without a token, with another conversation’s token, and for a conversation it does not know', async () => {
    const other = await new DirectLineClient(server.url).start(await anonymousToken(server.url, 'web-visitor-2'));
    expect((await client.call('/conversations', { method: 'POST', body: {} })).status).toBe(401);
    expect((await client.call(`/conversations/${client.conversationId}/activities`)).status).toBe(401);
    expect((await client.call(`/conversations/${client.conversationId}/activities`, { token: other.token })).status).toBe(403);
    const stale = signToken({ sub: 'web-visitor-1', exp: 4102444800, conv: 'gone' }, 'another-process-secret');
    expect((await client.call('/conversations/gone/activities', { token: stale })).status).toBe(401);
  });

  it('refuses what is not a message, and a text longer than 2,000 characters, changing nothing', async () => {
    await client.read();
    const typing = await client.call(`/conversations/${client.conversationId}/activities`, { method: 'POST', token: client.token, body: { type: 'event', name: 'x' } });
    expect(typing.status).toBe(400);
    expect((await client.say('x'.repeat(2001))).status).toBe(400);
    expect(await server.webChat.log.find(client.conversationId)?.activities).toHaveLength(1);
  });

  it('refreshes a conversation token', async () => {
    const response = await client.call('/tokens/refresh', { method: 'POST', token: client.token });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ conversationId: client.conversationId, expires_in: 3600 });
  });
});

describe('web chat under the same rules as every channel', () => {
  it('tells an unlinked visitor how to link and shows nothing, then stops reading past the rate limit', async () => {
    const server = await startWebChatServer({ env: { RATE_LIMIT_PER_MINUTE: '2' } });
    try {
      const client = await new DirectLineClient(server.url).start(await anonymousToken(server.url, 'web-visitor-3'));
      await client.read();
      await client.say('quel est mon solde ?');
      expect(await client.botTexts()).toEqual([NEED_LINK]);
      // The conversation's start (conversationUpdate) and that message are the two allowed this minute.
      await client.say('aide');
      expect(await client.botTexts()).toEqual([TOO_MANY]);
      await client.say('quel est mon solde ?');
      expect(await client.botTexts()).toEqual([]);
    } finally {
      await server.stop();
    }
  });
});

describe('web chat with channel credentials (production)', () => {
  it('takes from.id from the bank’s token and refuses anything else', async () => {
    const server = await startWebChatServer({ env: { ...CREDENTIALS, WEBCHAT_TOKEN_SECRET: BANK_SECRET } });
    try {
      const now = Math.floor(server.bot.clock.now().getTime() / 1000);
      expect((await fetch(`${server.url}/webchat/token`, { method: 'POST' })).status).toBe(404);
      expect((await fetch(`${server.url}/console`)).status).toBe(404);
      const forged = signToken({ sub: 'customer-42', exp: now + 600 }, 'guessed');
      expect((await new DirectLineClient(server.url).call('/conversations', { method: 'POST', token: forged, body: {} })).status).toBe(401);
      const expired = signToken({ sub: 'customer-42', exp: now - 1 }, BANK_SECRET);
      expect((await new DirectLineClient(server.url).call('/conversations', { method: 'POST', token: expired, body: {} })).status).toBe(401);

      const client = await new DirectLineClient(server.url).start(signToken({ sub: 'customer-42', exp: now + 600 }, BANK_SECRET));
      await client.read();
      await client.say('aide');
      expect((await client.read())[0].from).toEqual({ id: 'customer-42', role: 'user' });
    } finally {
      await server.stop();
    }
  });

  it('answers nobody without WEBCHAT_TOKEN_SECRET', async () => {
    const server = await startWebChatServer({ env: CREDENTIALS });
    try {
      expect(await (await fetch(`${server.url}/webchat/config`)).json()).toEqual({ localMode: false, available: false });
      expect((await new DirectLineClient(server.url).call('/conversations', { method: 'POST', body: {} })).status).toBe(404);
    } finally {
      await server.stop();
    }
  });
});
