import { StateExpiry } from '../../data/stateExpiry';
import { say } from '../support/conversation';
import { createTestBot, linkChatUser, testAdapter } from '../support/testBot';

const DAY = 24 * 60 * 60_000;
const CAMILLE = { channelId: 'facebook', userId: 'psid-camille' };

/** Issue #10, point 5: every fake user used to leave rows that were never purged. */
describe('StateExpiry', () => {
  it('purges what chat users who never linked left behind, after the retention, and keeps linked users’ state', async () => {
    const bot = await createTestBot();
    await linkChatUser(bot, CAMILLE, 'c1');
    await say(testAdapter(bot, CAMILLE), 'quel est mon solde ?');
    for (let i = 0; i < 3; i++) await say(testAdapter(bot, { channelId: 'emulator', userId: `fake-${i}` }), 'lier ZZZZ2222');
    const count = (table: string) => (bot.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    // limit_windows: four chat users' message counts and everyone's wrong codes.
    expect([count('bot_state'), count('link_attempts'), count('limit_windows')]).toEqual([8, 3, 5]);

    const expiry = new StateExpiry(bot.db);
    expect(await expiry.purge(new Date(bot.clock.now().getTime() + 6 * DAY), 7)).toEqual({ botState: 0, linkAttempts: 0, counters: 5, handoffMessages: 0 });
    expect(await expiry.purge(new Date(bot.clock.now().getTime() + 8 * DAY), 7)).toEqual({ botState: 7, linkAttempts: 3, counters: 0, handoffMessages: 6 });
    expect(bot.db.prepare('SELECT key FROM bot_state').all()).toEqual([
      { key: 'facebook/conversations/conversation-facebook-psid-camille/users/psid-camille/' },
    ]);
    // The messages kept for a handoff go with them; the linked customer's stay.
    expect(bot.db.prepare('SELECT user_id AS userId, role FROM handoff_messages ORDER BY user_id, seq').all()).toEqual([
      { userId: 'psid-camille', role: 'user' }, { userId: 'psid-camille', role: 'bot' },
    ]);
  });
});
