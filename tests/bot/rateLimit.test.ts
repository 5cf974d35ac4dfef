import { openDatabase } from '../../data/database';
import { MessageRate } from '../../data/messageRate';
import { createTestBot, linkChatUser, testAdapter, textOf } from '../support/testBot';
import { say } from '../support/conversation';

const CAMILLE = { channelId: 'facebook', userId: 'psid-camille' };
const NOW = new Date('2026-11-29T09:00:10Z');

describe('per-user rate limit', () => {
  it('answers a flood once, politely, then reads nothing until the next minute', async () => {
    const bot = await createTestBot({ env: { RATE_LIMIT_PER_MINUTE: '3' } });
    await linkChatUser(bot, CAMILLE, 'c1');
    const camille = testAdapter(bot, CAMILLE, 'fr-FR');
    const replies = [];
    for (let i = 0; i < 6; i++) replies.push(await say(camille, 'quel est mon solde ?'));
    expect(replies.map((r) => r.length)).toEqual([1, 1, 1, 1, 0, 0]);
    expect(textOf(replies[3][0])).toBe('Vous m’envoyez des messages plus vite que je ne peux répondre. Attendez une minute, puis reposez votre question.');
    expect(await bot.services.audit.entries('c1')).toHaveLength(3);

    bot.clock.advance(60_000);
    const [next] = await say(camille, 'quel est mon solde ?');
    expect(textOf(next)).toMatch(/^Vos soldes\u00a0:/);
  });

  const TOO_FAST = "You’re sending messages faster than I can answer. Please wait a minute, then ask again.";

  it('cannot be bypassed by changing channelId in local mode, where channelId is free text', async () => {
    const bot = await createTestBot({ env: { RATE_LIMIT_PER_MINUTE: '1' } });
    const facebook = testAdapter(bot, CAMILLE, 'en-GB');
    const teams = testAdapter(bot, { channelId: 'msteams', userId: CAMILLE.userId }, 'en-GB');
    await say(facebook, 'help');
    expect(textOf((await say(teams, 'help'))[0])).toBe(TOO_FAST);
    expect(await say(testAdapter(bot, { channelId: 'anything', userId: CAMILLE.userId }, 'en-GB'), 'help')).toEqual([]);
  });

  it('counts the same id on two channels apart when a channel token vouches for channelId', async () => {
    const bot = await createTestBot({ env: { RATE_LIMIT_PER_MINUTE: '1', MicrosoftAppId: 'app', MicrosoftAppPassword: 'secret' } });
    const facebook = testAdapter(bot, CAMILLE, 'en-GB');
    const teams = testAdapter(bot, { channelId: 'msteams', userId: CAMILLE.userId }, 'en-GB');
    await say(facebook, 'help');
    expect(textOf((await say(facebook, 'help'))[0])).toBe(TOO_FAST);
    expect(textOf((await say(teams, 'help'))[0])).toMatch(/^I can answer/);
  });

  it('counts other activity types too: a flood of conversationUpdate stops at the limit, unanswered', async () => {
    const bot = await createTestBot({ env: { RATE_LIMIT_PER_MINUTE: '2' } });
    const adapter = testAdapter(bot, CAMILLE, 'en-GB', { firstContact: true });
    const welcomes = [];
    for (let i = 0; i < 4; i++) {
      await adapter.receiveActivity({ type: 'conversationUpdate', membersAdded: [{ id: CAMILLE.userId, name: 'c' }] });
      welcomes.push(adapter.activeQueue.splice(0).length);
    }
    expect(welcomes).toEqual([1, 1, 0, 0]);
  });

  it('holds under concurrency: 50 messages at once, exactly the limit pass', async () => {
    const db = openDatabase(':memory:');
    const rate = new MessageRate(db, 5);
    const verdicts = await Promise.all(Array.from({ length: 50 }, () => Promise.resolve().then(() => rate.count(CAMILLE, NOW))));
    expect(verdicts.filter((v) => v === 'ok')).toHaveLength(5);
    expect(verdicts.filter((v) => v === 'refuse')).toHaveLength(1);
    expect(verdicts.filter((v) => v === 'ignore')).toHaveLength(44);
  });

  it('shares the count between two connections to one database file, as two processes would', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'bank-rate-'));
    try {
      const first = new MessageRate(openDatabase(join(dir, 'bank.db')), 2);
      const second = new MessageRate(openDatabase(join(dir, 'bank.db')), 2);
      expect([await first.count(CAMILLE, NOW), await second.count(CAMILLE, NOW), await first.count(CAMILLE, NOW), await second.count(CAMILLE, NOW)])
        .toEqual(['ok', 'ok', 'refuse', 'ignore']);
      expect(await first.count(CAMILLE, new Date('2026-11-29T09:01:00Z'))).toBe('ok');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
