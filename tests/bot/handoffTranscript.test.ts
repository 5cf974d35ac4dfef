import { TestAdapter, type Activity } from 'botbuilder';
import { FixedClock } from '../../bot/infra/clock';
import { composeBot, type Composition } from '../../bot/infra/compose';
import { loadConfig } from '../../bot/infra/config';
import { silentLogger } from '../../bot/infra/logger';
import { turnMiddleware } from '../../bot/turn/turnMiddleware';
import { seedDemoBankIfEmpty } from '../../data/demo/seed';
import { HandoffTranscriptStore } from '../../data/handoffTranscriptStore';
import type { ChatUser } from '../../data/linkStore';
import { StateExpiry } from '../../data/stateExpiry';
import { say } from '../support/conversation';
import { ENGINES, type EngineDatabase } from '../support/engines';
import { NOW, sharedRecognizer, TIME_ZONE } from '../support/testBot';

const DAY = 24 * 60 * 60_000;
const CAMILLE = { channelId: 'facebook', userId: 'psid-camille' };
const JAMES = { channelId: 'facebook', userId: 'psid-james' };
const HANDOFF_FR = 'Je vous mets en relation avec un conseiller, qui verra notre échange. Il vous répondra ici même, inutile de tout répéter.';

interface Bot {
  composition: Composition;
  clock: FixedClock;
  chat(user: ChatUser, conversationId?: string): Promise<TestAdapter>;
  link(user: ChatUser, customerId: string): Promise<void>;
  /** Who said what, in order, of what the store keeps for the chat user in that conversation. */
  kept(user: ChatUser, conversationId?: string): Promise<string[]>;
}

async function botOn(db: EngineDatabase): Promise<Bot> {
  const clock = new FixedClock(NOW);
  await seedDemoBankIfEmpty(db.sql, clock.now(), TIME_ZONE);
  const config = loadConfig({ DATABASE_PATH: ':memory:', RATE_LIMIT_PER_MINUTE: '1000' });
  const composition = composeBot(db.sql, config, clock, await sharedRecognizer(), silentLogger);
  const conversationOf = (user: ChatUser, conversationId?: string) => conversationId ?? `conversation-${user.userId}`;
  // What the bot wrote, read back through the store on the same database.
  const store = new HandoffTranscriptStore(db.sql);
  return {
    composition,
    clock,
    async chat(user, conversationId) {
      const id = conversationOf(user, conversationId);
      // Welcomed already: the tests are about what follows.
      await composition.storage.write({ [`${user.channelId}/conversations/${id}/`]: { greeted: true } });
      const template: Partial<Activity> = {
        channelId: user.channelId, serviceUrl: 'https://test.invalid', from: { id: user.userId, name: 'customer' },
        recipient: { id: 'bot', name: 'bank' }, locale: 'fr-FR',
        conversation: { id, isGroup: false, conversationType: 'personal', name: '' },
      };
      const adapter = new TestAdapter((context) => composition.bot.run(context), template);
      for (const middleware of turnMiddleware(composition, { typing: false })) adapter.use(middleware);
      return adapter;
    },
    async link(user, customerId) {
      const code = await composition.services.links.issueCode(customerId, clock.now()) as string;
      expect((await composition.services.links.redeem(user, code, clock.now())).kind).toBe('linked');
    },
    async kept(user, conversationId) {
      const messages = await store.recent({ ...user, conversationId: conversationOf(user, conversationId) });
      return messages.map((message) => `${message.from.role}: ${message.text.split('\n')[0]}`);
    },
  };
}

function handoffMessages(replies: Partial<Activity>[]): { text: string; from: { role: string } }[] {
  const event = replies.find((activity) => activity.name === 'handoff.initiate');
  return (event?.attachments?.[0]?.content as { activities: { text: string; from: { role: string } }[] }).activities;
}

/** The recent messages a handoff carries, kept in their own store instead of the hashed bot state. */
describe.each(ENGINES)('the handoff transcript of a turn, on %s', (_engine, open) => {
  let db: EngineDatabase;
  let bot: Bot;
  beforeEach(async () => {
    db = await open();
    bot = await botOn(db);
  });
  afterEach(() => db.close());

  it('hands over the last 30 messages both ways, the request itself included, and keeps 30', async () => {
    await bot.link(CAMILLE, 'c1');
    const camille = await bot.chat(CAMILLE);
    for (let i = 0; i < 20; i++) expect(await say(camille, `aide ${i}`)).toHaveLength(1);
    const replies = await say(camille, 'je veux parler à un conseiller');
    expect(replies.map((activity) => activity.type === 'event' ? activity.name : activity.text)).toEqual(['handoff.initiate', HANDOFF_FR]);
    const handed = handoffMessages(replies);
    expect(handed).toHaveLength(30);
    expect(handed.map((message) => message.from.role)).toEqual(Array.from({ length: 30 }, (_, i) => (i % 2 ? 'user' : 'bot')));
    expect(handed.filter((message) => message.from.role === 'user').map((message) => message.text))
      .toEqual([...Array.from({ length: 14 }, (_, i) => `aide ${i + 6}`), 'je veux parler à un conseiller']);
    // After the turn: the 30 last, the adviser's announcement last; nothing of it in the bot state.
    const kept = await bot.kept(CAMILLE);
    expect(kept).toHaveLength(30);
    expect(kept[0]).toBe('user: aide 6');
    expect(kept.slice(-2)).toEqual(['user: je veux parler à un conseiller', `bot: ${HANDOFF_FR}`]);
    const state = await bot.composition.storage.read([`facebook/conversations/conversation-psid-camille/users/psid-camille/`]);
    expect(JSON.stringify(state)).not.toContain('aide');
  });

  it('erases them from every conversation of the chat user who asks, and writes none of the erasing turn back', async () => {
    await bot.link(CAMILLE, 'c1');
    await bot.link(JAMES, 'c2');
    await say(await bot.chat(JAMES), 'aide');
    await say(await bot.chat(CAMILLE, 'group-1'), 'aide');
    const camille = await bot.chat(CAMILLE);
    await say(camille, 'aide');
    expect(await bot.kept(CAMILLE, 'group-1')).toHaveLength(2);
    await say(camille, 'supprime mes données');
    const [done] = await say(camille, 'Oui, effacer');
    expect(done.text).toBe('C’est fait\u00a0: cette conversation est déliée et j’ai oublié notre échange et vos réglages. Pour me réutiliser, liez-la avec un nouveau code.');

    expect(await bot.kept(CAMILLE)).toEqual([]);
    expect(await bot.kept(CAMILLE, 'group-1')).toEqual([]);
    expect(await bot.kept(JAMES)).toEqual(['user: aide', expect.stringMatching(/^bot: /)]);
  });

  it('lets them expire with the state of a chat user who never linked, after the retention', async () => {
    const stranger = { channelId: 'emulator', userId: 'never-linked' };
    await bot.link(CAMILLE, 'c1');
    await say(await bot.chat(stranger), 'aide');
    await say(await bot.chat(CAMILLE), 'aide');
    const expiry = new StateExpiry(db.sql);

    expect(await expiry.purge(new Date(bot.clock.now().getTime() + 6 * DAY), 7)).toMatchObject({ handoffMessages: 0 });
    expect(await bot.kept(stranger)).toHaveLength(2);
    expect(await expiry.purge(new Date(bot.clock.now().getTime() + 8 * DAY), 7)).toMatchObject({ botState: 3, handoffMessages: 2 });
    expect(await bot.kept(stranger)).toEqual([]);
    expect(await bot.kept(CAMILLE)).toEqual(['user: aide', expect.stringMatching(/^bot: /)]);
  });
});
