import fc from 'fast-check';
import { startHttpBot, type HttpBot } from '../support/httpBot';
import { linkChatUser, sharedRecognizer } from '../support/testBot';
import { bankFingerprint } from '../support/bankCounts';

const EMULATOR_USER = { channelId: 'emulator', userId: 'emulator-user' };

describe('hostile and broken input at the HTTP endpoint', () => {
  let http: HttpBot;
  let before: Record<string, number>;

  beforeEach(async () => {
    http = await startHttpBot({ env: { RATE_LIMIT_PER_MINUTE: '100000' } });
    await linkChatUser(http.bot, EMULATOR_USER, 'c1');
    before = bankFingerprint(http.bot.db);
  });
  afterEach(async () => {
    expect(bankFingerprint(http.bot.db)).toEqual(before);
    expect((await fetch(`${http.url}/healthz`)).status).toBe(200);
    await http.stop();
  });

  it('refuses a 3 MB body with 413 and a generic answer', async () => {
    const response = await http.postRaw(JSON.stringify({ type: 'message', text: 'x'.repeat(3 * 1024 * 1024) }));
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: 'request body too large' });
  });

  it.each([
    ['malformed JSON', '{"type": "message",', 'malformed JSON'],
    ['a string', '"hello"', 'malformed JSON'],
    ['an array', '[{"type": "message"}]', 'body must be an activity object'],
    ['no from', JSON.stringify({ type: 'message', channelId: 'emulator', serviceUrl: 'http://127.0.0.1:1', conversation: { id: 'c' } }), 'from.id is required'],
    ['no conversation', JSON.stringify({ type: 'message', channelId: 'emulator', serviceUrl: 'http://127.0.0.1:1', from: { id: 'u' } }), 'conversation.id is required'],
    ['text that is not a string', JSON.stringify({ type: 'message', channelId: 'emulator', serviceUrl: 'http://127.0.0.1:1', from: { id: 'u' }, conversation: { id: 'c' }, text: { $gt: '' } }), 'text must be a string'],
  ])('refuses %s with 400 and a generic answer', async (_what, body, error) => {
    const response = await http.postRaw(body);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error });
  });

  it.each([
    ["'; DROP TABLE accounts; --"],
    ['solde" OR 1=1 --'],
    ['\u0000\u0001\uFFFF\uD800 binary'],
    ['x'.repeat(200_000)],
  ])('answers odd text politely, with no 5xx and no data changed', async (text) => {
    const response = await http.post({ type: 'message', id: 'm1', text, deliveryMode: 'expectReplies' });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { activities: { type: string; text?: string }[] };
    expect(body.activities.filter((a) => a.type === 'message')).toHaveLength(1);
  });

  it('refuses an invoke with 400 (the bot serves none)', async () => {
    const response = await http.post({ type: 'invoke', id: 'm1', name: 'adaptiveCard/action' });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'bad request' });
  });

  it('ignores an unknown activity type', async () => {
    const response = await http.post({ type: 'somethingNew', id: 'm1' });
    expect(response.status).toBe(200);
    expect(http.connector.received).toEqual([]);
  });

  it('never answers 5xx nor dies, whatever the body (fast-check)', async () => {
    const serviceUrl = http.connector.serviceUrl;
    const anyValue = fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.boolean(), fc.object({ maxDepth: 1 }));
    const activity = fc.record({
      type: fc.oneof(fc.constantFrom('message', 'conversationUpdate', 'typing', 'invoke', 'event', 'endOfConversation'), anyValue),
      channelId: fc.oneof(fc.constantFrom('emulator', 'facebook', 'msteams'), anyValue),
      serviceUrl: fc.oneof(fc.constant(serviceUrl), fc.webUrl(), anyValue),
      conversation: fc.oneof(fc.record({ id: fc.string({ minLength: 1, maxLength: 20 }) }), anyValue),
      from: fc.oneof(fc.record({ id: fc.constantFrom('emulator-user', 'someone') }), anyValue),
      text: fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), anyValue),
      locale: fc.oneof(fc.constantFrom('fr-FR', 'en-GB', 'xx'), anyValue),
      deliveryMode: fc.constantFrom('normal', 'expectReplies'),
      membersAdded: fc.oneof(fc.constant([{ id: 'emulator-user' }]), anyValue),
    }, { requiredKeys: [] });
    await fc.assert(fc.asyncProperty(fc.oneof(activity.map((a) => JSON.stringify(a)), fc.string({ maxLength: 200 })), async (body) => {
      const response = await http.postRaw(body);
      await response.arrayBuffer();
      expect(response.status).toBeLessThan(500);
    }), { numRuns: 1500 });
  }, 60_000);
});

describe('hostile text at the recognizer (fast-check)', () => {
  it('never throws and always returns a RecognizerResult with a language', async () => {
    const recognizer = await sharedRecognizer();
    const options = { now: new Date('2026-11-29T10:00:00+01:00'), timeZone: 'Europe/Paris' };
    fc.assert(fc.property(
      fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 100 })),
      fc.option(fc.string({ maxLength: 10 }), { nil: undefined }),
      (text, localeHint) => {
        const result = recognizer.recognize(text, { ...options, localeHint });
        expect(result.text).toBe(text);
        expect(['fr', 'en']).toContain(result.entities.language);
        expect(Object.keys(result.intents).length).toBeGreaterThan(0);
        for (const { score } of Object.values(result.intents)) expect(score).toBeGreaterThanOrEqual(0);
      },
    ), { numRuns: 3000 });
  });
});
