import { chatAs } from '../support/chat';
import { createTestBot, type TestBot } from '../support/testBot';

const S = '\u00a0';

/**
 * Weekends on the demo bank, Sunday 29 November 2026 in Paris. October 2026 has 9 weekend days (3-4, 10-11,
 * 17-18, 24-25 and Saturday 31; Sunday 1 November is November's). Checked by SQL on the demo database with
 * Paris dates: Camille spent 316,78 € in 8 payments on them, James €331.02 in 7; November 1-29 (9 days:
 * Sunday 1, then 7-8 … 28-29), Camille 563,76 € in 12, 162,04 € pending; 28-29 November 211,81 € in 4,
 * 21-22 November 18,57 € in 1.
 */
describe('the Saturdays and Sundays inside a period', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await createTestBot();
  });

  it('the weekends of last month, the weekends in general, this weekend and last weekend (fr)', async () => {
    const chat = await chatAs(bot, 'c1');
    expect(await chat.texts('combien j’ai dépensé les week-ends du mois dernier ?')).toEqual([
      `Les 9${S}jours de week-end du 1er au 31 octobre${S}: 316,78${S}€ dépensés en 8 paiements.`]);
    expect(await chat.texts('combien je dépense les week-ends ?')).toEqual([
      `Les 9${S}jours de week-end du 1er au 29 novembre${S}: 563,76${S}€ dépensés en 12 paiements, dont 162,04${S}€ en attente (hors virements entre vos comptes).`]);
    expect(await chat.texts('combien j’ai dépensé ce week-end ?')).toEqual([
      `Du 28 au 29 novembre${S}: 211,81${S}€ dépensés en 4 paiements, dont 162,04${S}€ en attente (hors virements entre vos comptes).`]);
    expect(await chat.texts('combien j’ai dépensé le week-end dernier ?')).toEqual([`Du 21 au 22 novembre${S}: 18,57${S}€ dépensés en 1 paiement.`]);
  });

  it('a total, then "and on weekends?", then the month before, keeping to weekends (en)', async () => {
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    expect(await chat.texts('how much did I spend on weekends last month')).toEqual(['On the 9 weekend days from 1 to 31 October: €331.02 spent in 7 payments.']);
    const other = await chatAs(bot, 'c2', { locale: 'en-GB', userId: 'user2' });
    expect(await other.texts('how much did I spend in October?')).toEqual([
      'From 1 to 31 October: €2,292.32 spent in 25 payments (excluding transfers between your accounts).']);
    expect(await other.texts('and on weekends?')).toEqual(['On the 9 weekend days from 1 to 31 October: €331.02 spent in 7 payments.']);
    // September 2026 has 8 weekend days (5-6 … 26-27): €153.72 in 7 payments by SQL.
    expect(await other.texts('and the month before?')).toEqual(['On the 8 weekend days from 1 to 30 September: €153.72 spent in 7 payments (excluding transfers between your accounts).']);
  });

  it('the list of the weekends of last month, as a first message (fr)', async () => {
    const chat = await chatAs(bot, 'c1');
    expect(await chat.texts('les week-ends du mois dernier')).toEqual([
      `Vos opérations les 9${S}jours de week-end du 1er au 31 octobre (1 à 8 sur 8)${S}:\n`
      + `• 17 oct. · Cinéma Pathé · -25,03${S}€\n• 11 oct. · Lidl · -16,20${S}€\n• 10 oct. · Monoprix · -22,72${S}€\n• 10 oct. · EDF · -56,75${S}€\n`
      + `• 4 oct. · Carrefour · -80,30${S}€\n• 4 oct. · Lidl · -17,48${S}€\n• 4 oct. · Carrefour · -38,41${S}€\n• 3 oct. · Amazon · -59,89${S}€`]);
  });
});
