import { chatAs } from '../support/chat';
import { createTestBot, type TestBot } from '../support/testBot';

const S = '\u00a0';

/**
 * A shift names its own unit (Sunday 29 November 2026): after "les 30 derniers jours" (31 October to
 * 29 November), "la semaine d'avant" is 24 to 30 October and "le mois d'avant" the 30 days 1 to 30 October.
 */
describe('a period shift moves by the unit it names', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await createTestBot();
  });

  /** The customer's restaurant payments from one Paris midnight to another, newest first, as SQL sees them. */
  function restaurants(customerId: string, fromUtc: string, toUtc: string): [string, number][] {
    return (bot.db.prepare(`SELECT t.merchant, t.amount_cents AS cents FROM transactions t JOIN accounts a ON a.id = t.account_id
      WHERE a.customer_id = ? AND t.category = 'restaurants' AND t.booked_at >= ? AND t.booked_at < ? ORDER BY t.booked_at DESC`)
      .all(customerId, fromUtc, toUtc) as { merchant: string; cents: number }[]).map((row) => [row.merchant, row.cents]);
  }
  const WEEK_BEFORE = ['2026-10-23T22:00:00.000Z', '2026-10-30T23:00:00.000Z'] as const;
  const MONTH_BEFORE = ['2026-09-30T22:00:00.000Z', '2026-10-30T23:00:00.000Z'] as const;

  it('30 days, then the week before and the month before (fr)', async () => {
    expect(restaurants('c1', ...WEEK_BEFORE)).toEqual([]);
    expect(restaurants('c1', ...MONTH_BEFORE)).toEqual([['Big Mamma', -3117], ['Le Petit Zinc', -3518]]);
    const chat = await chatAs(bot, 'c1');
    await chat.texts('dépenses restaurant les 30 derniers jours');
    expect(await chat.texts('et la semaine d\'avant ?')).toEqual(['Aucune dépense en restaurants, du 24 au 30 octobre.']);
    const again = await chatAs(bot, 'c1', { userId: 'user2' });
    await again.texts('dépenses restaurant les 30 derniers jours');
    expect(await again.texts('et le mois d\'avant ?')).toEqual([[
      `Vos opérations en restaurants, du 1er au 30 octobre (1 à 2 sur 2)${S}:`,
      `• 9 oct. · Big Mamma · -31,17${S}€`,
      `• 2 oct. · Le Petit Zinc · -35,18${S}€`,
    ].join('\n')]);
  });

  it('7 days, then the week before: the 7 days before they start (fr)', async () => {
    expect(restaurants('c1', '2026-11-15T23:00:00.000Z', '2026-11-22T23:00:00.000Z')).toEqual([['Big Mamma', -2731]]);
    const chat = await chatAs(bot, 'c1');
    await chat.texts('dépenses restaurant les 7 derniers jours');
    expect(await chat.texts('et la semaine d\'avant ?')).toEqual([
      `Votre opération en restaurants, du 16 au 22 novembre (1 sur 1)${S}:\n• 17 nov. · Big Mamma · -27,31${S}€`,
    ]);
  });

  it('30 days, then the week before and the month before (en)', async () => {
    expect(restaurants('c2', ...WEEK_BEFORE)).toEqual([]);
    expect(restaurants('c2', ...MONTH_BEFORE)).toEqual([['Pret A Manger', -960], ['Pret A Manger', -782]]);
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    await chat.texts('restaurant spending over the last 30 days');
    expect(await chat.texts('and the week before?')).toEqual(['Nothing spent at restaurants, from 24 to 30 October.']);
    const again = await chatAs(bot, 'c2', { locale: 'en-GB', userId: 'user2' });
    await again.texts('restaurant spending over the last 30 days');
    expect(await again.texts('and the month before?')).toEqual([
      'Your transactions at restaurants, from 1 to 30 October (1–2 of 2):\n• 11 Oct · Pret A Manger · -€9.60\n• 1 Oct · Pret A Manger · -€7.82',
    ]);
  });
});
