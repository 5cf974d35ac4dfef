import { chatAs } from '../support/chat';
import { createTestBot, type TestBot } from '../support/testBot';

/** "over 50 quid" on accounts in euros: 50 pounds is not 50 euros, and we do not convert; it is said, never swapped. */
describe('a transaction amount named in another currency than the accounts\'', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await createTestBot();
  });

  it('"spending over 50 quid last week" says the accounts are in euros (en)', async () => {
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    expect(await chat.texts('spending over 50 quid last week')).toEqual([
      'Your accounts are in euros, and I don’t convert pounds sterling. Ask again with an amount in euros, for example “over 50”.',
    ]);
    expect((await chat.texts('spending over 50 euros last week'))[0]).toMatch(/^Your transactions over €50\.00, from 16 to 22 November/);
  });

  it('"mes dépenses de plus de 50 livres" says the same in French (fr)', async () => {
    const chat = await chatAs(bot, 'c1');
    expect(await chat.texts('mes dépenses de plus de 50 livres sterling')).toEqual([
      'Vos comptes sont en euros et je ne convertis pas les livres sterling. Redemandez avec un montant en euros, par exemple «\u202fplus de 50\u202f».',
    ]);
  });
});
