import { chatAs } from '../support/chat';
import { createTestBot, type TestBot } from '../support/testBot';

const N = '\u202f';
const S = '\u00a0';

/**
 * The mean of income per month, asked outright or as a follow-up, and a mean asked after one month's answer
 * (the outside tester's report, kind D), at the tests' fixed Sunday 29 November 2026: the complete months
 * are December 2025 to October 2026. SQL (money in with no counterparty account, on its Paris day): James
 * 29 150,00 € in 11 payments (2 650,00 € a month), Camille 27 500,00 € in 11 (2 500,00 €); Camille at
 * Carrefour 2 660,77 € in 44 payments (241,89 € a month, rounded), January–October 2 399,79 € in 40 (239,98 €).
 */
describe('the mean of income, and a mean after one month', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await createTestBot();
  });

  it('"and on average per month?" after an income answer is the mean of income, never the same answer (en)', async () => {
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    expect(await chat.texts('how much income did i get last month')).toEqual(['Your income from 1 to 31 October: €2,650.00 in 1 payment (excluding transfers between your accounts).\n• Globex Ltd: €2,650.00']);
    const mean = 'Your income from December 2025 to October 2026 (11 complete months): €2,650.00 a month on average, rounded to the cent (€29,150.00 in 11 payments, excluding transfers between your accounts).';
    expect(await chat.texts('and on average per month?')).toEqual([mean]);
    expect(await chat.texts('what’s my average monthly income')).toEqual([mean]);
  });

  it('"combien je gagne en moyenne par mois" (fr)', async () => {
    const chat = await chatAs(bot, 'c1');
    expect(await chat.texts('combien je gagne en moyenne par mois')).toEqual([
      `Vos revenus de décembre 2025 à octobre 2026 (11${S}mois complets)${S}: 2${N}500,00${S}€ par mois en moyenne, arrondi au centime (27${N}500,00${S}€ en 11 versements, hors virements entre vos comptes).`,
    ]);
  });

  it('a mean after one month takes the usual months; after this year, this year’s (fr)', async () => {
    const chat = await chatAs(bot, 'c1');
    await chat.texts('combien chez carrefour en septembre');
    expect(await chat.texts('non pardon, en octobre')).toEqual([`Chez Carrefour, du 1er au 31 octobre${S}: 196,45${S}€ dépensés en 4 paiements.`]);
    expect(await chat.texts('et la moyenne par mois ?')).toEqual([
      `Chez Carrefour, de décembre 2025 à octobre 2026 (11${S}mois complets)${S}: 241,89${S}€ dépensés en moyenne par mois, arrondi au centime (2${N}660,77${S}€ en 44 paiements).`,
    ]);
    await chat.texts('combien chez carrefour cette année');
    expect(await chat.texts('et en moyenne par mois ?')).toEqual([
      `Chez Carrefour, de janvier 2026 à octobre 2026 (10${S}mois complets)${S}: 239,98${S}€ dépensés en moyenne par mois, arrondi au centime (2${N}399,79${S}€ en 40 paiements).`,
    ]);
  });
});
