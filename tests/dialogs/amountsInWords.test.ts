import { chatAs } from '../support/chat';
import { createTestBot, type TestBot } from '../support/testBot';

const N = '\u202f';
const S = '\u00a0';

/**
 * Amounts written in words filter like their digits (the outside tester's report, kind A), on the demo bank
 * at the tests' fixed Sunday 29 November 2026. Counts checked with SQL (spending: negative amounts with no
 * counterparty account, on their Paris day): Camille over 70 € 67 payments, over 80 € in October 3 (RATP,
 * Foncia, Carrefour), over 100 € in October 1; James over 50 € in October 7, between 20 and 30 € 30.
 */
describe('amounts in words', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await createTestBot();
  });

  it('Belgian and Swiss tens, quatre-vingts and cent (fr)', async () => {
    const chat = await chatAs(bot, 'c1');
    const [overSeventy] = await chat.texts('montre moi les paiements de plus de septante euros');
    expect(overSeventy.split('\n')[0]).toBe(`Vos opérations de plus de 70,00${S}€, hors virements entre vos comptes (1 à 10 sur 67)${S}:`);
    const octoberOverEighty = [`Vos opérations de plus de 80,00${S}€, du 1er au 31 octobre, hors virements entre vos comptes (1 à 3 sur 3)${S}:\n`
      + `• 4 oct. · Carrefour · -80,30${S}€\n• 2 oct. · Foncia · -1${N}150,00${S}€\n• 1er oct. · RATP · -88,80${S}€`];
    expect(await chat.texts('les dépenses de plus de huitante euros le mois passé')).toEqual(octoberOverEighty);
    expect(await chat.texts('mes dépenses au-dessus de quatre-vingts euros le mois passé')).toEqual(octoberOverEighty);
    expect(await chat.texts('mes paiements au-dessus de cent euros en octobre')).toEqual([
      `Votre opération de plus de 100,00${S}€, du 1er au 31 octobre, hors virements entre vos comptes (1 sur 1)${S}:\n• 2 oct. · Foncia · -1${N}150,00${S}€`,
    ]);
  });

  it('over fifty, between twenty and thirty (en)', async () => {
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    expect(await chat.texts('payments over fifty euros last month')).toEqual([
      'Your transactions over €50.00, from 1 to 31 October, excluding transfers between your accounts (1–7 of 7):\n'
      + '• 28 Oct · Tesco · -€82.33\n• 28 Oct · Tesco · -€58.96\n• 26 Oct · Tesco · -€88.40\n• 18 Oct · Decathlon · -€179.98\n'
      + "• 13 Oct · Sainsbury's · -€59.01\n• 10 Oct · British Gas · -€73.88\n• 1 Oct · Foxtons · -€1,450.00",
    ]);
    const [between] = await chat.texts('transactions between twenty and thirty euros');
    expect(between.split('\n')[0]).toBe('Your transactions between €20.00 and €30.00 (1–10 of 30):');
  });
});
