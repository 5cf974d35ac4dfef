import { say } from '../support/conversation';
import { createTestBot, linkChatUser, testAdapter, textOf, type TestBot } from '../support/testBot';

const CAMILLE = { channelId: 'facebook', userId: 'psid-camille' };
const STRANGER = { channelId: 'facebook', userId: 'psid-stranger' };
const GROUP = 'group-1';
const NOT_HERE = 'Désolé, je ne peux pas faire cela ici. Je peux vous donner vos soldes, vos opérations, vos reçus et vos dates de livraison.';
const NEED_LINK = 'D’abord, liez cette conversation à votre compte\u00a0: demandez un code à votre banque, puis envoyez «\u202flier\u202f» suivi du code.';

/**
 * Issue #10, point 4: two chat users in one conversation. What the bot keeps for the linked customer
 * (a pending choice of her purchases, her transcript, her link code) must reach nobody else.
 */
describe('a conversation with several participants', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await createTestBot();
  });

  const inGroup = (user: typeof CAMILLE) => testAdapter(bot, user, 'fr-FR', { conversationId: GROUP });
  const transcriptOf = (activities: { name?: string; attachments?: { content?: unknown }[] }[]) =>
    (activities.find((a) => a.name === 'handoff.initiate')?.attachments?.[0]?.content as { activities: { text: string }[] }).activities
      .map((a) => a.text);

  it('never continues the customer’s pending choice for another participant', async () => {
    await linkChatUser(bot, CAMILLE, 'c1');
    const [prompt] = await say(inGroup(CAMILLE), 'montre-moi le reçu de mon achat Fnac');
    expect(textOf(prompt)).toMatch(/^Plusieurs achats correspondent\. Lequel/);

    // To the other participant, unlinked, "Fnac 27 nov." is a question of her own (link first) or nothing
    // the bot serves, depending on how the classifier reads three words; never the customer's choice.
    const replies = await say(inGroup(STRANGER), 'Fnac 27 nov.');
    expect(replies).toHaveLength(1);
    expect([NEED_LINK, NOT_HERE]).toContain(textOf(replies[0]));
    expect(JSON.stringify(replies)).not.toContain('FN-');
    // The customer's own choice is still hers to make.
    const [card] = await say(inGroup(CAMILLE), 'Fnac 27 nov.');
    expect(card.attachments?.[0].contentType).toBe('application/vnd.microsoft.card.receipt');
  });

  it('hands over only the requesting linked customer’s own exchange, with her link code masked', async () => {
    const code = await bot.services.links.issueCode('c1', bot.clock.now()) as string;
    const camille = inGroup(CAMILLE);
    await say(camille, `lier ${code}`);
    await say(camille, 'quel est mon solde ?');

    const strangers = await say(inGroup(STRANGER), 'je veux parler à un conseiller');
    expect(transcriptOf(strangers)).toEqual([]);

    const hers = transcriptOf(await say(camille, 'je veux parler à un conseiller'));
    expect(hers[0]).toBe('lier ••••••••');
    expect(hers[2]).toBe('quel est mon solde ?');
    expect(JSON.stringify(hers)).not.toContain(code);
    expect(JSON.stringify(bot.db.prepare('SELECT document FROM bot_state').all())).not.toContain(code);
  });

  it('masks a code sent alone in answer to the bot’s question', async () => {
    const code = await bot.services.links.issueCode('c1', bot.clock.now()) as string;
    const camille = inGroup(CAMILLE);
    await say(camille, 'lier mon compte');
    await say(camille, code.toLowerCase());
    const hers = transcriptOf(await say(camille, 'je veux parler à un conseiller'));
    expect(hers.slice(0, 3)).toEqual(['lier mon compte', expect.any(String), '••••••••']);
  });

  it('erases the customer’s state in every conversation she used, and no one else’s', async () => {
    await linkChatUser(bot, CAMILLE, 'c1');
    await linkChatUser(bot, STRANGER, 'c2');
    await say(inGroup(CAMILLE), 'quel est mon solde ?');
    await say(inGroup(STRANGER), 'quel est mon solde ?');
    const alone = testAdapter(bot, CAMILLE, 'fr-FR');
    await say(alone, 'supprime mes données');
    await say(alone, 'Oui, effacer');
    const keys = (bot.db.prepare('SELECT key FROM bot_state ORDER BY key').all() as { key: string }[]).map((r) => r.key);
    expect(keys.filter((key) => key.includes('psid-camille/'))).toEqual([]);
    expect(keys).toContain(`facebook/conversations/${GROUP}/users/psid-stranger/`);
  });
});
