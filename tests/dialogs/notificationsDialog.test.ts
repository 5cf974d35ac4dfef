import { createTestBot, linkChatUser, quickRepliesOf, testAdapter, textOf, type TestBot } from '../support/testBot';

const JAMES = { channelId: 'emulator', userId: 'james' };
const CAMILLE = { channelId: 'emulator', userId: 'camille' };

describe('NotificationsDialog: the customer decides what they are told', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await createTestBot();
    await linkChatUser(bot, JAMES, 'c2');
    await linkChatUser(bot, CAMILLE, 'c1');
  });
  const settings = async (user: typeof JAMES) => await bot.services.notificationSettings.settings(user);

  it('is off by default, and turns on and off per topic', async () => {
    expect(await settings(JAMES)).toEqual({ transactions: false, deliveries: false, unusual: false, lowBalance: {} });
    await testAdapter(bot, JAMES, 'en-GB')
      .send('turn on notifications')
      .assertReply((reply) => {
        expect(textOf(reply)).toBe('Done: I will tell you here when money moves on your accounts and when your parcels move.');
        expect(quickRepliesOf(reply)).toEqual(['Turn off updates', 'Low-balance alert', 'Unusual spend alerts']);
      })
      .send('stop delivery updates')
      .assertReply('Done: no more delivery updates here.')
      .startTest();
    expect(await settings(JAMES)).toEqual({ transactions: true, deliveries: false, unusual: false, lowBalance: {} });
    expect(await settings(CAMILLE)).toEqual({ transactions: false, deliveries: false, unusual: false, lowBalance: {} });
  });

  it('asks which account for a threshold, then keeps it in cents', async () => {
    await testAdapter(bot, JAMES, 'en-GB')
      .send('alert me when my balance goes below 100 €')
      .assertReply((reply) => {
        expect(textOf(reply)).toBe(['Alert me for which account?', '1. Current account (GB29 •••• •••• 6819)', '2. Easy Saver (GB94 •••• •••• 3459)', '3. Visa credit card (•••• 1881)'].join('\n'));
        expect(quickRepliesOf(reply)).toEqual(['Current account', 'Easy Saver', 'Visa credit card']);
      })
      .send('Current account')
      .assertReply('Done: I will alert you here when Current account falls below €100.00.')
      .startTest();
    expect((await settings(JAMES)).lowBalance).toEqual({ 'c2-checking': 10000 });
  });

  it('takes the account named in French, and turns everything off', async () => {
    await testAdapter(bot, CAMILLE)
      .send('alerte moi quand le solde de mon compte courant passe en dessous de 3 450 €')
      .assertReply('C’est fait : je vous alerterai ici si votre compte courant passe sous 3\u202f450,00\u00a0€.')
      .send('désactive les notifications')
      .assertReply('C’est fait : plus aucune notification ici.')
      .startTest();
    expect(await settings(CAMILLE)).toEqual({ transactions: false, deliveries: false, unusual: false, lowBalance: {} });
  });

  it('erases what it keeps about a chat user, and says what it keeps', async () => {
    await testAdapter(bot, CAMILLE).send('active les notifications').assertReply((reply) => expect(textOf(reply)).toMatch(/^C’est fait/)).startTest();
    const kinds = (await Promise.all(bot.services.chatUserRecords.map((store) => store.describe(CAMILLE)))).flat().map((r) => r.kind);
    // Her own state in the conversation (under her id) is told too, since UserState no longer stands in for it.
    expect(kinds).toEqual(['link', 'conversationMemory', 'handoffMessages', 'messageCounter', 'conversationReference', 'notificationSettings']);
    // Seven rows: one of each, but two messages kept for a handoff (hers and the answer).
    let erased = 0;
    for (const store of bot.services.chatUserRecords) erased += await store.erase(CAMILLE);
    expect(erased).toBe(7);
    expect((await Promise.all(bot.services.chatUserRecords.map((store) => store.describe(CAMILLE)))).flat()).toEqual([]);
  });
});
