import { HANDOFF_TRANSCRIPT_LENGTH, HandoffTranscriptStore, type HandoffMessage } from '../../data/handoffTranscriptStore';
import { importDataset } from '../../data/import/importer';
import { LinkStore } from '../../data/linkStore';
import { StateExpiry } from '../../data/stateExpiry';
import { loadConfig } from '../../bot/infra/config';
import { ENGINES, type EngineDatabase } from '../support/engines';
import { smallBank } from './fixtures/smallBank';

const NOW = new Date('2026-11-29T09:00:00.000Z');
const DAY = 24 * 60 * 60_000;

const said = (role: 'user' | 'bot', text: string, from = role === 'user' ? 'u' : 'bank'): HandoffMessage =>
  ({ type: 'message', text, timestamp: '2026-11-29T09:00:00.000Z', locale: 'fr-FR', from: { id: from, role } });

/** The messages kept for a handoff, their own rows outside the bot state, the same cases on both engines. */
describe.each(ENGINES)('the handoff transcript store, on %s', (_engine, open) => {
  let db: EngineDatabase;
  let store: HandoffTranscriptStore;
  beforeAll(async () => {
    db = await open();
    await importDataset(db.sql, smallBank());
    store = new HandoffTranscriptStore(db.sql);
  });
  afterAll(() => db.close());

  it('gives back what was appended, oldest first, as it was written', async () => {
    const chat = { channelId: 'webchat', userId: 'u-order', conversationId: 'conv-1' };
    await store.append(chat, [said('user', 'mon solde ?'), said('bot', 'Compte courant : 1 234,56 €')], NOW);
    await store.append(chat, [{ type: 'message', text: 'merci', from: { id: 'u-order', role: 'user' } }], NOW);
    expect(await store.recent(chat)).toEqual([
      said('user', 'mon solde ?'),
      said('bot', 'Compte courant : 1 234,56 €'),
      { type: 'message', text: 'merci', from: { id: 'u-order', role: 'user' } },
    ]);
  });

  it(`keeps the last ${HANDOFF_TRANSCRIPT_LENGTH} messages of each conversation, whatever the appends`, async () => {
    const chat = { channelId: 'webchat', userId: 'u-bound', conversationId: 'conv-1' };
    for (let turn = 0; turn < 20; turn++) await store.append(chat, [said('user', `q${turn}`), said('bot', `r${turn}`)], NOW);
    const kept = await store.recent(chat);
    expect(kept.map((message) => message.text)).toEqual(Array.from({ length: 15 }, (_, i) => [`q${i + 5}`, `r${i + 5}`]).flat());
    // One append longer than the limit keeps its own last messages.
    const other = { ...chat, conversationId: 'conv-2' };
    await store.append(other, Array.from({ length: 33 }, (_, i) => said('bot', `m${i}`)), NOW);
    expect((await store.recent(other)).map((message) => message.text)).toEqual(Array.from({ length: 30 }, (_, i) => `m${i + 3}`));
    expect(await store.describe(chat)).toEqual([{ kind: 'handoffMessages', count: 60 }]);
  });

  it('erases a chat user\'s messages of every conversation, and only theirs', async () => {
    const user = { channelId: 'facebook', userId: 'psid-erase' };
    await store.append({ ...user, conversationId: 'a' }, [said('user', 'un')], NOW);
    await store.append({ ...user, conversationId: 'b' }, [said('user', 'deux'), said('bot', 'trois')], NOW);
    const neighbour = { channelId: 'facebook', userId: 'psid-neighbour', conversationId: 'b' };
    await store.append(neighbour, [said('user', 'voisin')], NOW);
    // The same user id on another channel is another chat user.
    await store.append({ channelId: 'webchat', userId: 'psid-erase', conversationId: 'a' }, [said('user', 'ailleurs')], NOW);
    expect(await store.describe(user)).toEqual([{ kind: 'handoffMessages', count: 3 }]);

    expect(await store.erase(user)).toBe(3);
    expect(await store.recent({ ...user, conversationId: 'a' })).toEqual([]);
    expect(await store.recent({ ...user, conversationId: 'b' })).toEqual([]);
    expect(await store.describe(user)).toEqual([]);
    expect((await store.recent(neighbour)).map((message) => message.text)).toEqual(['voisin']);
    expect((await store.recent({ channelId: 'webchat', userId: 'psid-erase', conversationId: 'a' })).map((m) => m.text)).toEqual(['ailleurs']);
  });

  it('expires an unlinked chat user\'s messages with their bot state, after the retention; a linked one\'s stay', async () => {
    // A database of its own: the purge counts every expired row.
    const own = await open();
    try {
      await importDataset(own.sql, smallBank());
      const messages = new HandoffTranscriptStore(own.sql);
      const unlinked = { channelId: 'emulator', userId: 'never-linked', conversationId: 'conv-x' };
      const linked = { channelId: 'emulator', userId: 'linked-expiry', conversationId: 'conv-y' };
      const links = new LinkStore(own.sql, loadConfig({ DATABASE_PATH: ':memory:' }).linking);
      const code = await links.issueCode('c1', NOW) as string;
      expect((await links.redeem(linked, code, NOW)).kind).toBe('linked');
      await messages.append(unlinked, [said('user', 'bonjour'), said('bot', 'Bonjour !')], NOW);
      await messages.append(unlinked, [said('user', 'encore')], new Date(NOW.getTime() + 2 * DAY));
      await messages.append(linked, [said('user', 'mon solde ?')], NOW);
      const expiry = new StateExpiry(own.sql);

      expect((await expiry.purge(new Date(NOW.getTime() + 6 * DAY), 7)).handoffMessages).toBe(0);
      expect((await expiry.purge(new Date(NOW.getTime() + 8 * DAY), 7)).handoffMessages).toBe(2);
      expect((await messages.recent(unlinked)).map((message) => message.text)).toEqual(['encore']);
      expect((await expiry.purge(new Date(NOW.getTime() + 10 * DAY), 7)).handoffMessages).toBe(1);
      expect(await messages.recent(unlinked)).toEqual([]);
      expect((await messages.recent(linked)).map((message) => message.text)).toEqual(['mon solde ?']);
    } finally {
      await own.close();
    }
  });

  it('keeps a message holding U+0000, which PostgreSQL text refuses, with U+FFFD in its place', async () => {
    const chat = { channelId: 'webchat', userId: 'u-nul', conversationId: 'conv-1' };
    await store.append(chat, [said('user', 'a\u0000b')], NOW);
    expect((await store.recent(chat)).map((message) => message.text)).toEqual(['a\uFFFDb']);
  });
});
