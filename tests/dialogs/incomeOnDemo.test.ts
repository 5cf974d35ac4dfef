import { chatAs } from '../support/chat';
import { createTestBot, type TestBot } from '../support/testBot';

const N = '\u202f';
const S = '\u00a0';

/** The questions of the issue, on the demo bank (Sunday 29 November 2026): income is never the balances nor a list. */
describe('income questions on the demo bank', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await createTestBot();
  });

  /** October's money in, by payer, straight from SQL: what the answer must add up to. */
  function octoberIncome(customerId: string): { cents: number; count: number } {
    return bot.db.prepare(`
      SELECT sum(t.amount_cents) AS cents, count(*) AS count FROM transactions t JOIN accounts a ON a.id = t.account_id
      WHERE a.customer_id = @customerId AND t.amount_cents > 0 AND t.counterparty_account_id IS NULL
        AND t.booked_at >= '2026-09-30T22:00:00.000Z' AND t.booked_at < '2026-10-31T23:00:00.000Z'`)
      .get({ customerId }) as { cents: number; count: number };
  }

  it('"combien j’ai gagné le mois dernier ?" and "mes revenus en octobre" give October\'s income by payer (fr)', async () => {
    expect(octoberIncome('c1')).toEqual({ cents: 250000, count: 1 });
    const chat = await chatAs(bot, 'c1');
    const expected = [[
      `Vos revenus du 1er au 31 octobre${S}: 2${N}500,00${S}€ en 1 versement (hors virements entre vos comptes).`,
      `• Thales${S}: 2${N}500,00${S}€`,
    ].join('\n')];
    expect(await chat.texts('combien j’ai gagné le mois dernier ?')).toEqual(expected);
    expect(await chat.texts('mes revenus en octobre')).toEqual(expected);
  });

  it('"income last month" gives the income, not "Yes:" (en)', async () => {
    expect(octoberIncome('c2')).toEqual({ cents: 265000, count: 1 });
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    expect(await chat.texts('income last month')).toEqual([
      'Your income from 1 to 31 October: €2,650.00 in 1 payment (excluding transfers between your accounts).\n• Globex Ltd: €2,650.00',
    ]);
    expect(await chat.texts('has my salary come in?')).toEqual([
      'Yes: €2,650.00 from Globex Ltd came in on Wednesday 25 November (4 days ago), on Current account.',
    ]);
  });
});
