import { chatAs } from '../support/chat';
import { createTestBot, type TestBot } from '../support/testBot';

const S = '\u00a0';

/** "hors loyer", "except groceries", "pas chez Carrefour": what a message leaves out is left out, never the filter. */
describe('a shop or a category left out', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await createTestBot();
  });

  /** Money spent by a customer in a local-date range, own transfers left out, from SQL. */
  function spent(customerId: string, from: string, to: string, where: string): { cents: number; count: number } {
    return bot.db.prepare(`SELECT -sum(t.amount_cents) AS cents, count(*) AS count FROM transactions t JOIN accounts a ON a.id = t.account_id
      WHERE a.customer_id = ? AND t.amount_cents < 0 AND t.counterparty_account_id IS NULL
        AND t.booked_at >= ? AND t.booked_at < ? AND ${where}`).get(customerId, from, to) as { cents: number; count: number };
  }

  it('October spending "hors loyer" is everything but the rent (fr)', async () => {
    const october = ['2026-09-30T22:00:00.000Z', '2026-10-31T23:00:00.000Z'] as const;
    expect(spent('c1', ...october, "coalesce(t.category, '') <> 'housing'")).toEqual({ cents: 72874, count: 22 });
    expect(spent('c1', ...october, "t.category = 'housing'")).toEqual({ cents: 115000, count: 1 });
    const chat = await chatAs(bot, 'c1');
    expect(await chat.texts('combien j ai dépensé en octobre hors loyer')).toEqual([
      `Hors logement, du 1er au 31 octobre${S}: 728,74${S}€ dépensés en 22 paiements (hors virements entre vos comptes).`,
    ]);
  });

  it('"pas chez carrefour chez monoprix" lists Monoprix, saying Carrefour is left out (fr)', async () => {
    const chat = await chatAs(bot, 'c1');
    const [intro] = await chat.texts('mes dépenses pas chez carrefour chez monoprix');
    expect(intro.split('\n')[0]).toBe(`Vos opérations chez Monoprix, hors Carrefour (1 à 10 sur 25)${S}:`);
  });

  it('November spending "excluding groceries" (en)', async () => {
    const november = ['2026-10-31T23:00:00.000Z', '2026-11-29T23:00:00.000Z'] as const;
    expect(spent('c2', ...november, "coalesce(t.category, '') <> 'groceries'")).toEqual({ cents: 236803, count: 22 });
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    expect(await chat.texts('how much did i spend in november excluding groceries')).toEqual([
      'Excluding groceries, from 1 to 29 November: €2,368.03 spent in 22 payments, of which €7.45 pending (excluding transfers between your accounts).',
    ]);
    expect(await chat.texts('what did i spend at tesco in november except groceries')).toEqual([
      'Nothing spent at Tesco, excluding groceries, from 1 to 29 November.',
    ]);
  });
});
