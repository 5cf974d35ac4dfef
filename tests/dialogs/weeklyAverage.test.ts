import { chatAs } from '../support/chat';
import { createTestBot, type TestBot } from '../support/testBot';

const N = '\u202f';
const S = '\u00a0';

/** Paris midnight of Monday 1 December 2025 (the demo records' first day) and at the end of Sunday 22 November 2026. */
const WEEKS = ['2025-11-30T23:00:00.000Z', '2026-11-22T23:00:00.000Z'] as const;
/** Monday 2 to Sunday 22 November 2026: the whole weeks of November by Sunday 29, which is not over. */
const NOVEMBER_WEEKS = ['2026-11-01T23:00:00.000Z', '2026-11-22T23:00:00.000Z'] as const;

/**
 * "combien je dépense en moyenne par semaine", "how much do I spend per week on average": the mean per
 * whole week, Monday to Sunday, said with its first Monday and last Sunday, the number of weeks, the total
 * and the rounding, never the monthly mean in its place. On the demo bank (Sunday 29 November 2026, so the
 * week of the 23rd is not over): 51 weeks. A mean per day is not worked out, and said so before the monthly one.
 */
describe('the mean spending per week', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await createTestBot();
  });

  /** Money spent between two instants, own transfers left out, from SQL; `where` narrows it. */
  function spent(customerId: string, [from, to]: readonly [string, string], where = '1'): { cents: number; count: number } {
    return bot.db.prepare(`SELECT -sum(t.amount_cents) AS cents, count(*) AS count FROM transactions t JOIN accounts a ON a.id = t.account_id
      WHERE a.customer_id = ? AND t.amount_cents < 0 AND t.counterparty_account_id IS NULL AND t.booked_at >= ? AND t.booked_at < ? AND ${where}`)
      .get(customerId, from, to) as { cents: number; count: number };
  }

  it('over the 51 whole weeks of the records, then those of this month (fr)', async () => {
    // 2 496 224 / 51 = 48 945,56… → 489,46 €; November: 3 weeks.
    expect(spent('c1', WEEKS)).toEqual({ cents: 2496224, count: 263 });
    // 182 619 / 3 = 60 873 → 608,73 €.
    expect(spent('c1', NOVEMBER_WEEKS)).toEqual({ cents: 182619, count: 15 });
    const chat = await chatAs(bot, 'c1');
    const weekly = `Du lundi 1er décembre 2025 au dimanche 22 novembre 2026 (51${S}semaines complètes, du lundi au dimanche)${S}: `
      + `489,46${S}€ dépensés en moyenne par semaine, arrondi au centime (24${N}962,24${S}€ en 263 paiements, hors virements entre vos comptes).`;
    expect(await chat.texts('combien je dépense par semaine')).toEqual([weekly]);
    expect(await chat.texts('combien je dépense en moyenne par semaine')).toEqual([weekly]);
    const other = await chatAs(bot, 'c1', { userId: 'user2' });
    expect(await other.texts('ma dépense moyenne par semaine ce mois-ci')).toEqual([
      `Du lundi 2 novembre 2026 au dimanche 22 novembre 2026 (3${S}semaines complètes, du lundi au dimanche)${S}: `
      + `608,73${S}€ dépensés en moyenne par semaine, arrondi au centime (1${N}826,19${S}€ en 15 paiements, hors virements entre vos comptes).`]);
  });

  it('per week, then on groceries as a follow-up (en)', async () => {
    // 2 613 287 / 51 = 51 240,92… → €512.41; groceries 375 845 / 51 = 7 369,50… → €73.70.
    expect(spent('c2', WEEKS)).toEqual({ cents: 2613287, count: 291 });
    expect(spent('c2', WEEKS, "t.category = 'groceries'")).toEqual({ cents: 375845, count: 72 });
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    expect((await chat.texts('how much do I spend a week'))[0]).toMatch(/^From Monday 1 December 2025 to Sunday 22 November 2026 \(51 complete weeks, Monday to Sunday\): €512\.41 spent a week/);
    expect(await chat.texts('how much do I spend per week on average')).toEqual([
      'From Monday 1 December 2025 to Sunday 22 November 2026 (51 complete weeks, Monday to Sunday): €512.41 spent a week on average, '
      + 'rounded to the cent (€26,132.87 in 291 payments, excluding transfers between your accounts).']);
    expect(await chat.texts('and on groceries?')).toEqual([
      'On groceries, from Monday 1 December 2025 to Sunday 22 November 2026 (51 complete weeks, Monday to Sunday): €73.70 spent a week on average, '
      + 'rounded to the cent (€3,758.45 in 72 payments).']);
  });

  it('a mean per day is said not to be worked out, before the monthly one (fr, en)', async () => {
    const fr = await chatAs(bot, 'c1');
    expect(await fr.texts('ma dépense moyenne par jour')).toEqual([
      'Je calcule la moyenne par mois ou par semaine, pas par jour. Voici celle par mois.\n'
      + `De décembre 2025 à octobre 2026 (11${S}mois complets)${S}: 2${N}093,17${S}€ dépensés en moyenne par mois, arrondi au centime `
      + `(23${N}024,88${S}€ en 246 paiements, hors virements entre vos comptes).`]);
    const en = await chatAs(bot, 'c2', { locale: 'en-GB', userId: 'user2' });
    expect(await en.texts('my average daily spending')).toEqual([
      'I work out averages per month or per week, not per day. Here is the monthly one.\n'
      + 'From December 2025 to October 2026 (11 complete months): €2,167.64 spent a month on average, rounded to the cent '
      + '(€23,844.06 in 270 payments, excluding transfers between your accounts).']);
  });
});
