import type Database from 'better-sqlite3';
import type { TurnContext } from 'botbuilder';
import { startHttpBot } from '../../support/httpBot';
import { createTestBot, linkChatUser, testAdapter } from '../../support/testBot';

const CAMILLE = { channelId: 'facebook', userId: 'psid-camille' };

/** The messages kept for a handoff of a chat user's conversation, in order. */
function handoffRows(db: Database.Database, userId: string): { role: string; text: string }[] {
  return db.prepare('SELECT role, text FROM handoff_messages WHERE user_id = ? ORDER BY seq').all(userId) as { role: string; text: string }[];
}

/**
 * Issue #10, point 7: ten concurrent turns of one conversation kept two of ten transcript entries,
 * silently. Every turn here is counted in state; none may be lost.
 */
describe('concurrent turns of one conversation', () => {
  it('loses no state change of 50 turns sent at once', async () => {
    const bot = await createTestBot({ env: { RATE_LIMIT_PER_MINUTE: '100' } });
    await linkChatUser(bot, CAMILLE, 'c1');
    const adapter = testAdapter(bot, CAMILLE, 'fr-FR');
    const turns = bot.privateState.createProperty<number>('turnsCounted');
    // After the bot's own middleware: state read at the start of the turn is saved at its end, as every dialog's is.
    adapter.use(async (context: TurnContext, next) => {
      await turns.set(context, (await turns.get(context, 0)) + 1);
      await next();
    });

    await Promise.all(Array.from({ length: 50 }, (_, i) => adapter.processActivity({ type: 'message', text: `aide ${i}` })));

    const [row] = bot.db.prepare("SELECT document FROM bot_state WHERE key LIKE '%/users/psid-camille/'").all() as { document: string }[];
    expect((JSON.parse(row.document) as { turnsCounted: number }).turnsCounted).toBe(50);
    // The transcript keeps the last 30 entries: the last 15 messages, each followed by its answer.
    const said = handoffRows(bot.db, 'psid-camille');
    expect(said.map((entry) => entry.role)).toEqual(Array.from({ length: 30 }, (_, i) => (i % 2 ? 'bot' : 'user')));
    expect(said.filter((e) => e.role === 'user').map((e) => e.text))
      .toEqual(Array.from({ length: 15 }, (_, i) => `aide ${35 + i}`));
    expect(bot.conversationQueue.busy).toBe(0);
  });

  it('keeps all ten transcript entries of ten messages posted at once over HTTP', async () => {
    const http = await startHttpBot({ env: { RATE_LIMIT_PER_MINUTE: '100' } });
    try {
      await linkChatUser(http.bot, { channelId: 'emulator', userId: 'emulator-user' }, 'c1');
      const responses = await Promise.all(Array.from({ length: 10 }, (_, i) => http.post({ type: 'message', id: `m${i}`, text: `aide ${i}` })));
      expect(responses.map((r) => r.status)).toEqual(Array(10).fill(200));
      const said = handoffRows(http.bot.db, 'emulator-user');
      expect(said.filter((e) => e.role === 'user').map((e) => e.text).sort()).toEqual(Array.from({ length: 10 }, (_, i) => `aide ${i}`).sort());
      expect(said.filter((e) => e.role === 'bot')).toHaveLength(10);
    } finally {
      await http.stop();
    }
  });
});
