import { DialogTestClient } from 'botbuilder-testing';
import { createTestBot, linkChatUser, quickRepliesOf, textOf, type TestBot } from '../support/testBot';

// DialogTestClient's adapter speaks for this user; Intl uses a narrow no-break space to group thousands
// in French and a no-break space before the euro sign.
const USER = { channelId: 'facebook', userId: 'user1' };
const NNBSP = '\u202f';
const NBSP = '\u00a0';

describe('BalanceDialog', () => {
  let bot: TestBot;
  let client: DialogTestClient;

  beforeEach(async () => {
    bot = await createTestBot();
    client = new DialogTestClient('facebook', bot.dialog, undefined, [bot.understanding], bot.conversationState);
    // The first message of a conversation gets the welcome (tested in tests/dialogs/conversation.test.ts).
    await client.sendActivity('bonjour');
  });

  it('tells an unlinked user how to link, and nothing about any customer', async () => {
    const reply = await client.sendActivity('quel est mon solde ?');
    expect(textOf(reply)).toBe(
      'D’abord, liez cette conversation à votre compte : demandez un code à votre banque, puis envoyez « lier » suivi du code.',
    );
    expect(quickRepliesOf(reply)).toEqual(['Lier mon compte', 'Aide']);
    expect(await bot.services.audit.entries('c1')).toEqual([]);
  });

  it('gives every account at once when none is named, masked, in French', async () => {
    await linkChatUser(bot, USER, 'c1');
    const reply = await client.sendActivity('quel est mon solde ?');
    expect(textOf(reply)).toBe([
      'Vos soldes :',
      `• Compte courant (FR76 •••• •••• 0143) : 3${NNBSP}482,15${NBSP}€`,
      `• Livret A (FR76 •••• •••• 0987) : 12${NNBSP}452,07${NBSP}€`,
      `• Carte Visa Premier (•••• 4242) : -1${NNBSP}071,77${NBSP}€`,
    ].join('\n'));
    expect(quickRepliesOf(reply)).toEqual(['Dernières opérations', 'Mes reçus', 'Mes livraisons']);
  });

  it('gives the one account named, in the language of the message', async () => {
    await linkChatUser(bot, USER, 'c1');
    expect(textOf(await client.sendActivity('combien il me reste sur mon livret A'))).toBe(
      `Livret A (FR76 •••• •••• 0987) : 12${NNBSP}452,07${NBSP}€`,
    );
    expect(textOf(await client.sendActivity('how much is on my credit card?'))).toBe('Carte Visa Premier (•••• 4242): -€1,071.77');
    expect(textOf(await client.sendActivity("what's in my savings?"))).toBe('Livret A (FR76 •••• •••• 0987): €12,452.07');
  });

  it('shows James only his own accounts', async () => {
    await linkChatUser(bot, USER, 'c2');
    const text = textOf(await client.sendActivity('whats my balance'));
    expect(text).toContain('Current account');
    expect(text).toContain('€2,916.40');
    expect(text).not.toContain('Livret A');
  });

  it('audits each access with the accounts shown', async () => {
    await linkChatUser(bot, USER, 'c1');
    await client.sendActivity('combien sur mon livret A');
    expect(await bot.services.audit.entries('c1')).toEqual([{
      at: '2026-11-29T09:00:00.000Z', channelId: 'facebook', userId: 'user1', customerId: 'c1', intent: 'Balance',
      accountIds: ['c1-savings'],
    }]);
  });
});
