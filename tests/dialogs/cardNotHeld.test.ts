import { chatAs } from '../support/chat';
import { createTestBot, type TestBot } from '../support/testBot';

/**
 * A card or account of a type the customer holds none of is named by its type, never by the words typed
 * with their article (the outside tester's report, kind C2: « la cb »). Léa (c3) and Emily (c4) hold a
 * current account and a savings account and no credit card account; the bank's records do not say which
 * account a debit card ("CB •••• 7311" on Léa's receipts) pays from, so her card payments cannot be told apart.
 */
describe('a card the customer does not hold', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await createTestBot();
  });

  it('"la CB" is a credit card she does not hold, said properly (fr)', async () => {
    const chat = await chatAs(bot, 'c3');
    expect(await chat.texts('dernières transactions sur la CB')).toEqual(['Vous n’avez pas de carte de crédit chez nous. Vos comptes\u00a0: Compte courant, Livret A.']);
    expect(await chat.texts('mes opérations sur mon compte joint')).toEqual(['Vous n’avez pas de «\u202fcompte joint\u202f» chez nous. Vos comptes\u00a0: Compte courant, Livret A.']);
  });

  it('"my credit card" she does not hold (en)', async () => {
    const chat = await chatAs(bot, 'c4', { locale: 'en-GB' });
    expect(await chat.texts('latest transactions on my credit card')).toEqual(['You have no credit card with us. Your accounts: Current account, Savings account.']);
  });
});
