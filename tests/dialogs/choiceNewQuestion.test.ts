import { chatAs } from '../support/chat';
import { createTestBot, type TestBot } from '../support/testBot';

const N = '\u202f';
const S = '\u00a0';
const RECEIPT_CARD = 'application/vnd.microsoft.card.receipt';

/**
 * A pending choice never swallows a new question (demo bank, Sunday 29 November 2026): the date in "what
 * did I get paid in November?" is the question's period, not a choice of the Argos purchase of 21 November.
 */
describe('a new question abandons a pending choice', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await createTestBot();
  });

  /** Money in from outside the customer's accounts between two Paris midnights, by payer, as SQL sees it. */
  function income(customerId: string, fromUtc: string, toUtc: string): { payer: string; cents: number }[] {
    return bot.db.prepare(`SELECT t.merchant AS payer, sum(t.amount_cents) AS cents FROM transactions t JOIN accounts a ON a.id = t.account_id
      WHERE a.customer_id = ? AND t.amount_cents > 0 AND t.counterparty_account_id IS NULL AND t.booked_at >= ? AND t.booked_at < ?
      GROUP BY t.merchant`).all(customerId, fromUtc, toUtc) as { payer: string; cents: number }[];
  }
  const NOVEMBER = ['2026-10-31T23:00:00.000Z', '2026-11-29T23:00:00.000Z'] as const;
  const OCTOBER = ['2026-09-30T22:00:00.000Z', '2026-10-31T23:00:00.000Z'] as const;

  it('after the five Argos receipts, "what did i get paid in november" and "… last month" get the income (en)', async () => {
    expect(income('c2', ...NOVEMBER)).toEqual([{ payer: 'Globex Ltd', cents: 265000 }]);
    expect(income('c2', ...OCTOBER)).toEqual([{ payer: 'Globex Ltd', cents: 265000 }]);
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    expect((await chat.texts('show me the argos receipt'))[0].split('\n')).toHaveLength(6);
    expect(await chat.texts('what did i get paid in november')).toEqual([
      'Your income from 1 to 29 November: €2,650.00 in 1 payment (excluding transfers between your accounts).\n• Globex Ltd: €2,650.00',
    ]);
    await chat.texts('show me the argos receipt');
    expect(await chat.texts('what did i get paid last month')).toEqual([
      'Your income from 1 to 31 October: €2,650.00 in 1 payment (excluding transfers between your accounts).\n• Globex Ltd: €2,650.00',
    ]);
  });

  it('the tapped "Argos 21 Nov" still picks its receipt (en)', async () => {
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    await chat.texts('show me the argos receipt');
    const [card] = await chat.say('Argos 21 Nov');
    expect(card.attachments?.map((a) => a.contentType)).toEqual([RECEIPT_CARD]);
    expect(JSON.stringify(card.attachments?.[0].content)).toContain('AR-300918274');
  });

  it('after the three Fnac receipts, "mes revenus de novembre" gets the income; "Fnac 27 nov." still picks (fr)', async () => {
    expect(income('c1', ...NOVEMBER)).toEqual([{ payer: 'Thales', cents: 250000 }]);
    const chat = await chatAs(bot, 'c1');
    expect((await chat.texts('mon ticket fnac'))[0].split('\n')).toHaveLength(4);
    expect(await chat.texts('mes revenus de novembre')).toEqual([[
      `Vos revenus du 1er au 29 novembre${S}: 2${N}500,00${S}€ en 1 versement (hors virements entre vos comptes).`,
      `• Thales${S}: 2${N}500,00${S}€`,
    ].join('\n')]);
    await chat.texts('mon ticket fnac');
    const [card] = await chat.say('Fnac 27 nov.');
    expect(JSON.stringify(card.attachments?.[0].content)).toContain('FN-20418836');
  });
});
