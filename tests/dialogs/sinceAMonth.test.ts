import { chatAs } from '../support/chat';
import { createTestBot, type TestBot } from '../support/testBot';

const N = '\u202f';
const S = '\u00a0';

/** Paris midnight of a day, as the instant stored in `booked_at` (CET +01:00, CEST +02:00 until 25 October 2026). */
const JANUARY_1 = '2025-12-31T23:00:00.000Z';
const SEPTEMBER_1 = '2026-08-31T22:00:00.000Z';
const NOVEMBER_1 = '2026-10-31T23:00:00.000Z';
/** The end of Sunday 29 November 2026, the demo bank's today. */
const TODAY_ENDS = '2026-11-29T23:00:00.000Z';

/**
 * "total amazon depuis janvier", "combien chez amazon cette année", "how much since the start of
 * september": a total from a month's first day (or the year's) up to today, at a shop or overall, answered
 * with the period said; "how much" alone with a shop or a period is spending. Figures checked by SQL.
 */
describe('a total since a month, the start of a month or this year', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await createTestBot();
  });

  /** Money spent between two instants, own transfers left out, with what of it is pending; and the own transfers passed over. */
  function spent(customerId: string, from: string, where = '1'): { cents: number; count: number; pending: number; ownTransfers: number } {
    return bot.db.prepare(`SELECT -sum(CASE WHEN t.counterparty_account_id IS NULL THEN t.amount_cents END) AS cents,
        count(CASE WHEN t.counterparty_account_id IS NULL THEN 1 END) AS count,
        -coalesce(sum(CASE WHEN t.counterparty_account_id IS NULL AND t.status = 'pending' THEN t.amount_cents END), 0) AS pending,
        count(t.counterparty_account_id) AS ownTransfers
      FROM transactions t JOIN accounts a ON a.id = t.account_id
      WHERE a.customer_id = ? AND t.amount_cents < 0 AND t.booked_at >= ? AND t.booked_at < ? AND ${where}`)
      .get(customerId, from, TODAY_ENDS) as { cents: number; count: number; pending: number; ownTransfers: number };
  }

  it('at Amazon since January, and this year, from 1 January to today (fr)', async () => {
    expect(spent('c1', JANUARY_1, "t.merchant = 'Amazon'")).toEqual({ cents: 26968, count: 2, pending: 0, ownTransfers: 0 });
    const chat = await chatAs(bot, 'c1');
    const answer = `Chez Amazon, du 1er janvier au 29 novembre${S}: 269,68${S}€ dépensés en 2 paiements.`;
    expect(await chat.texts('total amazon depuis janvier')).toEqual([answer]);
    expect(await chat.texts('combien chez amazon cette année')).toEqual([answer]);
  });

  it('everything since the start of September, from 1 September to today (fr)', async () => {
    expect(spent('c1', SEPTEMBER_1)).toEqual({ cents: 714836, count: 71, pending: 16204, ownTransfers: 6 });
    const chat = await chatAs(bot, 'c1');
    const answer = `Du 1er septembre au 29 novembre${S}: 7${N}148,36${S}€ dépensés en 71 paiements, dont 162,04${S}€ en attente (hors virements entre vos comptes).`;
    expect(await chat.texts('combien depuis le début de septembre')).toEqual([answer]);
    expect(await chat.texts('combien depuis septembre')).toEqual([answer]);
  });

  it('everything since the start of September, and since the beginning of the month (en)', async () => {
    expect(spent('c2', SEPTEMBER_1)).toEqual({ cents: 715493, count: 79, pending: 745, ownTransfers: 6 });
    expect(spent('c2', NOVEMBER_1)).toEqual({ cents: 271368, count: 29, pending: 745, ownTransfers: 2 });
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    expect(await chat.texts('how much since the start of september')).toEqual([
      'From 1 September to 29 November: €7,154.93 spent in 79 payments, of which €7.45 pending (excluding transfers between your accounts).']);
    expect(await chat.texts('how much have I spent since the beginning of the month')).toEqual([
      'From 1 to 29 November: €2,713.68 spent in 29 payments, of which €7.45 pending (excluding transfers between your accounts).']);
  });

  it('at Amazon since January, and this year (en)', async () => {
    expect(spent('c2', JANUARY_1, "t.merchant = 'Amazon'")).toEqual({ cents: 21390, count: 5, pending: 0, ownTransfers: 0 });
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    const answer = 'At Amazon, from 1 January to 29 November: €213.90 spent in 5 payments.';
    expect(await chat.texts('total amazon since january')).toEqual([answer]);
    expect(await chat.texts('how much at amazon this year')).toEqual([answer]);
    expect(await chat.texts('how much at amazon since the start of the year')).toEqual([answer]);
  });
});
