import type { Activity } from 'botbuilder';
import type { Request, Response } from 'express';
import { onlyFromThisMachine } from '../../../bot/webchat/consoleRoutes';
import { createTestBot } from '../../support/testBot';
import { DirectLineClient } from '../../support/directLineClient';
import { botMessages, replay } from '../../support/transcriptReplay';
import { startWebChatServer, type WebChatServer } from '../../support/webChatServer';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('support console API', () => {
  let server: WebChatServer;
  let client: DirectLineClient;
  const post = (path: string, body: unknown) => fetch(`${server.url}${path}`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body),
  });
  const traces = async () => (await client.read()).filter((a) => a.type === 'trace');

  beforeEach(async () => {
    server = await startWebChatServer();
    const opened = await post('/console/api/conversations', { userId: 'web-console-1', locale: 'fr-FR' });
    expect(opened.status).toBe(201);
    client = Object.assign(new DirectLineClient(server.url), await opened.json());
  });
  afterEach(async () => {
    await server.stop();
  });

  it('lists the demo customers and links as one with a fresh code', async () => {
    const customers = (await (await fetch(`${server.url}/console/api/customers`)).json()) as unknown[];
    expect(customers.slice(0, 2)).toEqual([
      { id: 'c1', name: 'Camille Martin', locale: 'fr-FR' },
      { id: 'c2', name: 'James Wilson', locale: 'en-GB' },
    ]);
    const { text } = (await (await post('/console/api/link-code', { customerId: 'c1' })).json()) as { text: string };
    expect(text).toMatch(/^lier \S+$/);
    await client.read();
    await client.say(text);
    expect(await client.botTexts()).toEqual(['C’est fait, cette conversation est liée. Bienvenue, Camille ! Que voulez-vous consulter ?']);
    expect((await post('/console/api/link-code', { customerId: 'nobody' })).status).toBe(400);
  });

  it('keeps each turn’s recognizer result (LUIS-shaped), the dialog that answered and its time', async () => {
    expect((await traces()).map((t) => t.label)).toEqual(['Turn']);
    const { text } = (await (await post('/console/api/link-code', { customerId: 'c1' })).json()) as { text: string };
    await client.say(text);
    await client.read();
    await client.say('combien sur mon livret A ?');
    const [recognizer, turn] = await traces();
    expect(recognizer).toMatchObject({
      label: 'Recognizer Result',
      valueType: 'https://www.luis.ai/schemas/trace',
      value: {
        recognizerResult: { text: 'combien sur mon livret A ?', intents: { Balance: { score: expect.any(Number) } } },
        luisModel: { ModelID: 'bank-assistant-local-recognizer' },
      },
    });
    expect(turn.value).toEqual({ dialog: 'balanceDialog', dialogStack: ['mainDialog', 'balanceDialog', 'balanceSteps'], ms: expect.any(Number) });
    expect(turn.replyToId).toBe(recognizer.replyToId);
  });

  it('posts a sample bank event whose notification arrives live in the conversation', async () => {
    const { text } = (await (await post('/console/api/link-code', { customerId: 'c1' })).json()) as { text: string };
    await client.say(text);
    await client.say('active les notifications');
    await client.read();
    const response = await post('/console/api/sample-event', { customerId: 'c1' });
    expect(response.status).toBe(202);
    expect(await response.json()).toMatchObject({ kind: 'accepted', notifications: 1 });
    let notification: string[] = [];
    while (notification.length === 0) notification = await client.botTexts();
    expect(notification).toEqual([`💳 Paiement de 23,40${NBSP}€ chez Boulangerie du Coin — solde du compte courant : 3${NNBSP}458,75${NBSP}€`]);
  });

  it('downloads an Emulator transcript that tests/transcripts replays', async () => {
    const { text } = (await (await post('/console/api/link-code', { customerId: 'c1' })).json()) as { text: string };
    await client.say(text);
    await client.say('combien sur mon livret A ?');
    await client.say('montre-moi le reçu de mon achat Fnac');
    const response = await fetch(`${server.url}/console/api/conversations/${client.conversationId}/transcript`);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="c1.webchat-${client.conversationId.slice(0, 8)}.transcript"`);
    const transcript = (await response.json()) as Partial<Activity>[];
    expect(transcript[0]).toMatchObject({ type: 'conversationUpdate', from: { role: 'user' } });
    expect(transcript.some((a) => a.type === 'trace' && a.label === 'Recognizer Result')).toBe(true);
    expect(await replay(await createTestBot(), 'c1', transcript)).toEqual(botMessages(transcript));
    expect(botMessages(transcript)).toHaveLength(4);
  });

  it('answers only this machine', () => {
    const answer = (remoteAddress: string) => {
      let status = 0;
      let passed = false;
      const res = { status: (s: number) => ({ json: () => { status = s; } }) } as unknown as Response;
      onlyFromThisMachine({ socket: { remoteAddress } } as Request, res, () => { passed = true; });
      return passed ? 'next' : status;
    };
    expect(['127.0.0.1', '::1', '::ffff:127.0.0.1', '192.168.1.20', '::ffff:10.0.0.1', ''].map(answer)).toEqual(['next', 'next', 'next', 404, 404, 404]);
  });
});
