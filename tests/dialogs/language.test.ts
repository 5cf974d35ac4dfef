import { chatAs } from '../support/chat';
import { say } from '../support/conversation';
import { createTestBot, linkChatUser, testAdapter, textOf, type TestBot } from '../support/testBot';
import { conversationBankDb } from './fixtures/conversationBank';

const N = '\u202f';
const S = '\u00a0';
const NOTHING_TO_CANCEL = `Il n’y avait rien à annuler. Que voulez-vous consulter${N}?`;
const NOT_UNDERSTOOD_FR = 'Désolé, je ne peux pas faire cela ici. Je peux vous donner vos soldes, vos opérations, vos reçus et vos dates de livraison.';

describe('the customer’s language, always', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await createTestBot({ db: await conversationBankDb() });
  });

  it('keeps a French conversation in French for "stop", "cancel", "ok" and "help", whatever the channel locale', async () => {
    const chat = await chatAs(bot, 'c1', { locale: 'en-US' });
    expect(await chat.texts('stop')).toEqual([NOTHING_TO_CANCEL]);
    expect(await chat.texts('cancel')).toEqual([NOTHING_TO_CANCEL]);
    expect(await chat.texts('ok')).toEqual([NOT_UNDERSTOOD_FR]);
    expect((await chat.texts('help'))[0]).toMatch(/^Je peux répondre à\u00a0: /);
  });

  it('keeps an English conversation in English for "ok", and follows a message that shows French', async () => {
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    // "ok" alone carries no request: the classifier may read it as a greeting or as nothing it serves, and
    // either answer is right. What this test is about is that the answer is in English.
    expect(['Hello! What would you like to check?', "Sorry, I can’t help with that here. I can give you balances, transactions, receipts and delivery dates."])
      .toContain((await chat.texts('ok'))[0]);
    expect(await chat.texts('quel est mon solde ?')).toEqual([[
      `Vos soldes${S}:`,
      `• Current account (GB29${S}••••${S}••••${S}6819)${S}: 200,00${S}€`,
      `• Easy Saver (GB94${S}••••${S}••••${S}3459)${S}: 3${N}000,00${S}€`,
    ].join('\n')]);
    expect(await chat.texts('stop')).toEqual([NOTHING_TO_CANCEL]);
  });

  it('starts a linked chat in the language of the bank’s records, and a shop name is no cancel', async () => {
    const user = { channelId: 'emulator', userId: 'new-chat' };
    await linkChatUser(bot, user, 'c1');
    const adapter = testAdapter(bot, user, 'en-US');
    expect((await say(adapter, 'Sushi Shop')).map(textOf)).toEqual([NOT_UNDERSTOOD_FR]);
  });

  it('after "link <code>" from an English channel, answers and notifies a French customer in French', async () => {
    const user = { channelId: 'emulator', userId: 'linking' };
    const adapter = testAdapter(bot, user, 'en-US');
    const code = await bot.services.links.issueCode('c1', bot.clock.now()) as string;
    expect((await say(adapter, `link ${code}`)).map(textOf))
      .toEqual([`C’est fait, cette conversation est liée. Bienvenue, Camille${N}! Que voulez-vous consulter${N}?`]);
    expect((await bot.notifications.references.find(user))?.language).toBe('fr');
    expect((await say(adapter, 'ok')).map(textOf)).toEqual([NOT_UNDERSTOOD_FR]);
    expect((await bot.notifications.references.find(user))?.language).toBe('fr');
  });

  it('welcomes a linked customer’s new chat in the language of the bank’s records', async () => {
    const user = { channelId: 'emulator', userId: 'welcomed' };
    await linkChatUser(bot, user, 'c1');
    const adapter = testAdapter(bot, user, 'en-US', { firstContact: true });
    await adapter.processActivity({ type: 'conversationUpdate', membersAdded: [{ id: 'welcomed', name: 'customer' }] });
    expect(adapter.activeQueue.splice(0).map(textOf)).toEqual([
      `Bonjour${N}! Je suis l’assistant de votre banque. Je peux vous donner vos soldes, vos dernières opérations, vos reçus et la date de livraison de vos colis.`,
    ]);
  });
});
