import { chatAs } from '../support/chat';
import { createTestBot, type TestBot } from '../support/testBot';

const S = '\u00a0';

/** Paris midnight on 1 November 2026 and at the end of Sunday 29 November, the demo bank's today, as stored instants. */
const NOVEMBER = ['2026-10-31T23:00:00.000Z', '2026-11-29T23:00:00.000Z'] as const;

/**
 * "not tesco, sainsburys — how much", "pas carrefour, auchan : combien": a correction with a question is
 * the spending at the second shop (this month when no period is named), the first one said left out,
 * never the income nor the spending at the shop corrected. As a first question or after the one it corrects.
 */
describe('"not X, Y — how much": the spending at Y', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await createTestBot();
  });

  /** Money spent at a shop in November so far, from SQL, with what of it is pending. */
  function spentAt(customerId: string, merchant: string): { cents: number | null; count: number; pending: number } {
    return bot.db.prepare(`SELECT -sum(t.amount_cents) AS cents, count(*) AS count,
        -coalesce(sum(CASE WHEN t.status = 'pending' THEN t.amount_cents END), 0) AS pending
      FROM transactions t JOIN accounts a ON a.id = t.account_id
      WHERE a.customer_id = ? AND t.amount_cents < 0 AND t.merchant = ? AND t.booked_at >= ? AND t.booked_at < ?`)
      .get(customerId, merchant, ...NOVEMBER) as { cents: number | null; count: number; pending: number };
  }

  it('at Sainsbury’s, first or after the Tesco total it corrects (en)', async () => {
    expect(spentAt('c2', "Sainsbury's")).toEqual({ cents: 9146, count: 2, pending: 0 });
    expect(spentAt('c2', 'Tesco')).toEqual({ cents: 21458, count: 4, pending: 0 });
    const answer = "At Sainsbury's, not at Tesco, from 1 to 29 November: €91.46 spent in 2 payments.";
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    expect(await chat.texts('not tesco, sainsburys — how much')).toEqual([answer]);
    const other = await chatAs(bot, 'c2', { locale: 'en-GB', userId: 'user2' });
    expect(await other.texts('how much at tesco')).toEqual(['At Tesco, from 1 to 29 November: €214.58 spent in 4 payments.']);
    expect(await other.texts('not tesco, sainsburys — how much')).toEqual([answer]);
  });

  it('at Monoprix, and at Auchan where she never paid, said as nothing spent (fr)', async () => {
    expect(spentAt('c1', 'Monoprix')).toEqual({ cents: 6404, count: 3, pending: 2365 });
    expect(spentAt('c1', 'Auchan')).toEqual({ cents: null, count: 0, pending: 0 });
    expect(spentAt('c1', 'Carrefour')).toEqual({ cents: 31149, count: 4, pending: 0 });
    const chat = await chatAs(bot, 'c1');
    expect(await chat.texts('pas carrefour, monoprix : combien')).toEqual([
      `Chez Monoprix, hors Carrefour, du 1er au 29 novembre${S}: 64,04${S}€ dépensés en 3 paiements, dont 23,65${S}€ en attente.`]);
    const auchan = `Aucune dépense chez Auchan, hors Carrefour, du 1er au 29 novembre.`;
    expect(await chat.texts('pas carrefour, auchan : combien')).toEqual([auchan]);
    const other = await chatAs(bot, 'c1', { userId: 'user2' });
    expect(await other.texts('combien chez carrefour')).toEqual([`Chez Carrefour, du 1er au 29 novembre${S}: 311,49${S}€ dépensés en 4 paiements.`]);
    expect(await other.texts('pas carrefour, auchan : combien')).toEqual([auchan]);
  });
});
