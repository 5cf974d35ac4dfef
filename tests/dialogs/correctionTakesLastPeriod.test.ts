import { chatAs } from '../support/chat';
import { createTestBot, type TestBot } from '../support/testBot';

const S = '\u00a0';

/** "non pas en novembre, en septembre" names the period it replaces first and the one it wants last. */
describe('a correction naming two periods takes the last one', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await createTestBot();
  });

  it('Monoprix in October, then "non pas en novembre, en septembre" is September (fr)', async () => {
    const chat = await chatAs(bot, 'c1');
    expect(await chat.texts('mes dépenses chez monoprix en octobre')).toEqual([
      `Vos opérations chez Monoprix, du 1er au 31 octobre (1 à 2 sur 2)${S}:\n• 14 oct. · Monoprix · -11,73${S}€\n• 10 oct. · Monoprix · -22,72${S}€`,
    ]);
    expect(await chat.texts('non pas en novembre, en septembre')).toEqual([
      `Vos opérations chez Monoprix, du 1er au 30 septembre (1 à 2 sur 2)${S}:\n• 25 sept. · Monoprix · -33,21${S}€\n• 22 sept. · Monoprix · -29,53${S}€`,
    ]);
  });
});
