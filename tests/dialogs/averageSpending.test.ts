import { chatAs } from '../support/chat';
import { createTestBot, type TestBot } from '../support/testBot';

const N = '\u202f';
const S = '\u00a0';

/**
 * The mean spending per month on the demo bank (Sunday 29 November 2026, Paris), whose records start on
 * 1 December 2025: the complete months are December 2025 to October 2026, eleven of them. Checked by SQL
 * on the demo database (money out, no counterparty account, Paris dates): Camille 2 302 488 cents in 246
 * payments, mean 209 317,09… → 2 093,17 €; her groceries 381 477 cents in 85 → 34 679,72… → 346,80 €;
 * James 2 384 406 cents in 270 → 216 764,18… → €2,167.64, his groceries 350 824 in 67 → €318.93, his card
 * 118 238 in 13 → €107.49; Camille's 2026 so far, January to October, 2 093 327 in 225 → 2 093,33 €.
 */
describe('the mean spending per month', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await createTestBot();
  });

  it('over the last complete months, with the months, their number, the total and the rounding (fr)', async () => {
    const chat = await chatAs(bot, 'c1');
    expect(await chat.texts('combien je dépense en moyenne par mois ?')).toEqual([
      `De décembre 2025 à octobre 2026 (11${S}mois complets)${S}: 2${N}093,17${S}€ dépensés en moyenne par mois, arrondi au centime `
      + `(23${N}024,88${S}€ en 246 paiements, hors virements entre vos comptes).`]);
    expect(await chat.texts('dépense moyenne en courses')).toEqual([
      `En courses, de décembre 2025 à octobre 2026 (11${S}mois complets)${S}: 346,80${S}€ dépensés en moyenne par mois, arrondi au centime `
      + `(3${N}814,77${S}€ en 85 paiements).`]);
  });

  it('a follow-up keeps the mean and changes the category; a period asked keeps to its whole months (fr)', async () => {
    const chat = await chatAs(bot, 'c1');
    await chat.texts('ma dépense moyenne par mois');
    expect(await chat.texts('et en restaurants ?')).toEqual([
      `En restaurants, de décembre 2025 à octobre 2026 (11${S}mois complets)${S}: 91,68${S}€ dépensés en moyenne par mois, arrondi au centime `
      + `(1${N}008,43${S}€ en 24 paiements).`]);
    const other = await chatAs(bot, 'c1', { userId: 'user2' });
    expect(await other.texts('combien je dépense en moyenne par mois cette année')).toEqual([
      `De janvier 2026 à octobre 2026 (10${S}mois complets)${S}: 2${N}093,33${S}€ dépensés en moyenne par mois, arrondi au centime `
      + `(20${N}933,27${S}€ en 225 paiements, hors virements entre vos comptes).`]);
    expect(await other.texts('ma dépense moyenne par mois cette semaine')).toEqual([
      'Je calcule la moyenne par mois sur des mois entiers, et aucun mois n’est terminé du 23 au 29 novembre.']);
  });

  it('over the last complete months, on everything, a category and one account (en)', async () => {
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    expect(await chat.texts('what’s my average monthly spend?')).toEqual([
      'From December 2025 to October 2026 (11 complete months): €2,167.64 spent a month on average, rounded to the cent '
      + '(€23,844.06 in 270 payments, excluding transfers between your accounts).']);
    expect(await chat.texts('my average grocery bill')).toEqual([
      'On groceries, from December 2025 to October 2026 (11 complete months): €318.93 spent a month on average, rounded to the cent '
      + '(€3,508.24 in 67 payments).']);
    expect(await chat.texts('average spending on my card')).toEqual([
      'On Visa credit card, from December 2025 to October 2026 (11 complete months): €107.49 spent a month on average, rounded to the cent '
      + '(€1,182.38 in 13 payments).']);
  });
});
