import type { TestAdapter } from 'botbuilder';
import { createTestBot, linkChatUser, quickRepliesOf, testAdapter, textOf, type TestBot } from '../support/testBot';
import { say } from '../support/conversation';

const CAMILLE = { channelId: 'facebook', userId: 'psid-camille' };
const CAMILLE_ON_TEAMS = { channelId: 'msteams', userId: 'teams-camille' };
const JAMES = { channelId: 'facebook', userId: 'psid-james' };
const MINUTE = 60_000;

describe('PrivacyDialog', () => {
  let bot: TestBot;
  let camille: TestAdapter;

  beforeEach(async () => {
    bot = await createTestBot();
    camille = testAdapter(bot, CAMILLE, 'fr-FR');
  });

  const stateKeys = () => (bot.db.prepare('SELECT key FROM bot_state ORDER BY key').all() as { key: string }[]).map((r) => r.key);

  it('lists what the assistant keeps about the chat user, not the bank\'s records', async () => {
    await linkChatUser(bot, CAMILLE, 'c1');
    await say(camille, 'quel est mon solde ?');
    const [reply] = await say(camille, 'quelles données avez-vous sur moi ?');
    expect(textOf(reply)).toBe([
      'Ce que je garde sur cette conversation (vos comptes et opérations restent à la banque, pas ici) :',
      '• La langue de cette conversation, et si je vous y ai déjà accueilli',
      '• La liaison à votre identité bancaire, faite le 29/11/2026, valable jusqu’au 28/05/2027',
      '• Où nous en sommes et votre dernière question',
      '• Nos 2\u00a0derniers messages, pour un conseiller (les plus anciens s’effacent au fil de l’échange)',
      '• 1 ligne au journal des accès depuis le 29/11/2026 : le registre légal de la banque, conservé même si vous effacez le reste',
      '• Le nombre de vos messages dans la minute (contre les abus)',
      '• Où vous envoyer vos alertes : cette conversation, dernier message le 29/11/2026',
    ].join('\n'));
    expect(quickRepliesOf(reply)).toEqual(['Effacer mes données', 'Qui a vu mes données']);
  });

  it('answers an unlinked chat user in English with the wrong codes it counted', async () => {
    await bot.services.links.redeem(CAMILLE, 'WRONG234', bot.clock.now());
    const [reply] = await say(camille, 'what do you know about me?');
    expect(textOf(reply)).toBe([
      'What I keep about this chat (your accounts and transactions stay with the bank, not here):',
      '• This chat’s language, and whether I have welcomed you in it',
      '• 1 wrong link code (counted for your security)',
      '• A count of your messages this minute (against floods)',
    ].join('\n'));
  });

  it('erases after a confirmation: unlinked, state and counters gone, audit kept; other users untouched', async () => {
    await linkChatUser(bot, CAMILLE, 'c1');
    await linkChatUser(bot, JAMES, 'c2');
    const james = testAdapter(bot, JAMES, 'en-GB');
    await say(james, 'whats my balance');
    await say(camille, 'quel est mon solde ?');
    const [question] = await say(camille, 'supprime mes données');
    expect(textOf(question)).toBe(
      'Effacer ce que je garde sur cette conversation ? Elle sera déliée et j’oublierai notre échange et vos réglages. Le journal des accès reste : c’est le registre légal de la banque.',
    );
    expect(quickRepliesOf(question)).toEqual(['Oui, effacer', 'Non, garder']);
    expect((await bot.services.links.link(CAMILLE, bot.clock.now())).kind).toBe('linked');

    const [done] = await say(camille, 'Oui, effacer');
    expect(textOf(done)).toBe(
      'C’est fait : cette conversation est déliée et j’ai oublié notre échange et vos réglages. Pour me réutiliser, liez-la avec un nouveau code.',
    );
    expect(quickRepliesOf(done)).toEqual(['Lier mon compte', 'Aide']);
    expect(await bot.services.links.link(CAMILLE, bot.clock.now())).toEqual({ kind: 'none' });
    expect(stateKeys()).toEqual([
      'facebook/conversations/conversation-facebook-psid-james/', 'facebook/conversations/conversation-facebook-psid-james/users/psid-james/',
    ]);
    expect(bot.db.prepare("SELECT key FROM limit_windows WHERE scope = 'messages'").all()).toEqual([{ key: '*/psid-james' }]);
    expect(await bot.services.audit.entries('c1')).toHaveLength(1);
    expect((await bot.services.links.link(JAMES, bot.clock.now())).kind).toBe('linked');

    // The conversation is forgotten, so the next message is a first contact again: welcome, then the answer.
    const [welcome, after] = await say(camille, 'quel est mon solde ?');
    expect(textOf(welcome)).toMatch(/^Bonjour\u202f! Je suis l’assistant de votre banque\./);
    expect(textOf(after)).toBe(
      'D’abord, liez cette conversation à votre compte : demandez un code à votre banque, puis envoyez « lier » suivi du code.',
    );
  });

  it('keeps everything when the customer says no', async () => {
    await linkChatUser(bot, CAMILLE, 'c1');
    await say(camille, 'delete my data');
    const [reply] = await say(camille, 'No, keep');
    expect(textOf(reply)).toBe('OK, I have erased nothing.');
    expect((await bot.services.links.link(CAMILLE, bot.clock.now())).kind).toBe('linked');
    expect(stateKeys()).toEqual([
      'facebook/conversations/conversation-facebook-psid-camille/', 'facebook/conversations/conversation-facebook-psid-camille/users/psid-camille/',
    ]);
  });

  it('tells who looked at the data: what was read, by day and channel in Paris, newest first, and records that look', async () => {
    await linkChatUser(bot, CAMILLE, 'c1');
    await linkChatUser(bot, CAMILLE_ON_TEAMS, 'c1');
    await say(camille, 'quel est mon solde ?');
    bot.clock.advance(90 * MINUTE);
    await say(testAdapter(bot, CAMILLE_ON_TEAMS, 'fr-FR'), 'combien sur mon livret A');
    bot.clock.advance(MINUTE);
    const [reply] = await say(camille, 'qui a consulté mes données ?');
    expect(textOf(reply)).toBe([
      'Derniers accès à vos données :', '• dimanche 29 novembre, Microsoft Teams\u00a0: soldes', '• dimanche 29 novembre, Messenger\u00a0: soldes',
    ].join('\n'));
    expect((await bot.services.audit.entries('c1'))[0]).toEqual({
      at: '2026-11-29T10:31:00.000Z', channelId: 'facebook', userId: 'psid-camille', customerId: 'c1', intent: 'Privacy', accountIds: [],
    });
  });

  it('shows a customer only the accesses to their own data, and nothing to an unlinked user', async () => {
    await linkChatUser(bot, CAMILLE, 'c1');
    await say(camille, 'quel est mon solde ?');
    const james = testAdapter(bot, JAMES, 'en-GB');
    const [unlinked] = await say(james, 'who looked at my data?');
    expect(textOf(unlinked)).toBe('First, link this chat to your bank account: ask the bank for a link code, then send "link" followed by the code.');
    await linkChatUser(bot, JAMES, 'c2');
    const [linked] = await say(james, 'who looked at my data?');
    expect(textOf(linked)).toBe('Nobody has accessed your data through the assistant yet.');
  });
});

describe('the chat user\'s conversation memory', () => {
  it('is told as one line with the number of conversations, and erased from all of them, only for that user', async () => {
    const bot = await createTestBot();
    await linkChatUser(bot, CAMILLE, 'c1');
    await linkChatUser(bot, JAMES, 'c2');
    await say(testAdapter(bot, JAMES, 'en-GB'), 'whats my balance');
    await say(testAdapter(bot, CAMILLE, 'fr-FR', { conversationId: 'group-1' }), 'quel est mon solde ?');
    const adapter = testAdapter(bot, CAMILLE, 'fr-FR');
    await say(adapter, 'quel est mon solde ?');
    expect((await Promise.all(bot.services.chatUserRecords.map((r) => r.describe(CAMILLE)))).flat().filter((r) => r.kind === 'conversationMemory'))
      .toEqual([{ kind: 'conversationMemory', count: 2 }]);
    const [reply] = await say(adapter, 'quelles données avez-vous sur moi ?');
    expect(textOf(reply)).toContain('\n• Où nous en sommes et votre dernière question, dans 2\u00a0conversations\n');
    await say(adapter, 'supprime mes données');
    await say(adapter, 'Oui, effacer');
    const userRows = (bot.db.prepare("SELECT key FROM bot_state WHERE key LIKE 'facebook/conversations/%/users/%'").all() as { key: string }[])
      .map((row) => row.key);
    expect(userRows).toEqual(['facebook/conversations/conversation-facebook-psid-james/users/psid-james/']);
    expect(bot.db.prepare('SELECT DISTINCT user_id AS userId, conversation_id AS conversationId FROM handoff_messages').all())
      .toEqual([{ userId: 'psid-james', conversationId: 'conversation-facebook-psid-james' }]);
  });

  it('has no UserState row: the bot keeps nothing per chat user across conversations', async () => {
    const bot = await createTestBot();
    linkChatUser(bot, CAMILLE, 'c1');
    await say(testAdapter(bot, CAMILLE, 'fr-FR'), 'quel est mon solde ?');
    expect(bot.db.prepare("SELECT key FROM bot_state WHERE key LIKE 'facebook/users/%'").all()).toEqual([]);
  });
});
