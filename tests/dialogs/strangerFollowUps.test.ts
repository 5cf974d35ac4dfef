import { chatAs } from '../support/chat';
import { createTestBot, type TestBot } from '../support/testBot';

const N = '\u202f';
const S = '\u00a0';

/** Follow-ups a stranger tried on the demo bank (Sunday 29 November 2026), figures checked against SQL. */
describe('follow-ups the corpus lacked', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await createTestBot();
  });

  /** Salaries of a customer, newest first, from SQL: the months the follow-ups move through. */
  function salaries(customerId: string): { booked_at: string; amount_cents: number; merchant: string }[] {
    return bot.db.prepare(`SELECT t.booked_at, t.amount_cents, t.merchant FROM transactions t JOIN accounts a ON a.id = t.account_id
      WHERE a.customer_id = ? AND t.category = 'salary' AND t.amount_cents > 0 ORDER BY t.booked_at DESC LIMIT 3`).all(customerId) as never;
  }

  it('"et le mois dernier ?" after the salary question gives last month\'s salary, then the month before (fr)', async () => {
    expect(salaries('c1').map((s) => [s.booked_at.slice(0, 10), s.amount_cents, s.merchant])).toEqual([
      ['2026-11-27', 250000, 'Thales'], ['2026-10-27', 250000, 'Thales'], ['2026-09-27', 250000, 'Thales'],
    ]);
    const chat = await chatAs(bot, 'c1');
    expect(await chat.texts('mon salaire est arrivé ?')).toEqual([
      `Oui${S}: 2${N}500,00${S}€ de Thales sont arrivés le vendredi 27 novembre (il y a 2 jours), sur Compte courant.`,
    ]);
    expect(await chat.texts('et le mois dernier ?')).toEqual([
      `Du 1er au 31 octobre${S}: votre salaire, 2${N}500,00${S}€ de Thales, est arrivé le mardi 27 octobre.`,
    ]);
    expect(await chat.texts('et le mois d’avant ?')).toEqual([
      `Du 1er au 30 septembre${S}: votre salaire, 2${N}500,00${S}€ de Thales, est arrivé le dimanche 27 septembre.`,
    ]);
  });

  it('"and last month?" after "has my salary come in?" (en), and "what about Lidl?" after a Tesco total', async () => {
    expect(salaries('c2').map((s) => [s.booked_at.slice(0, 10), s.amount_cents])).toEqual([
      ['2026-11-25', 265000], ['2026-10-25', 265000], ['2026-09-25', 265000],
    ]);
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    await chat.say('has my salary come in?');
    expect(await chat.texts('and last month?')).toEqual(['From 1 to 31 October: your salary, €2,650.00 from Globex Ltd, came in on Sunday 25 October.']);
    expect(await chat.texts('how much did I spend at Tesco in November?')).toEqual(['At Tesco, from 1 to 29 November: €214.58 spent in 4 payments.']);
    expect(await chat.texts('what about Lidl?')).toEqual(['At Lidl, from 1 to 29 November: €39.61 spent in 1 payment.']);
  });

  it('a month with no salary says so (the demo data starts on 1 December 2025)', async () => {
    const chat = await chatAs(bot, 'c1');
    await chat.say('mon salaire est arrivé ?');
    expect(await chat.texts('et en novembre 2025 ?')).toEqual([`Aucun salaire n’est arrivé du 1er au 30 novembre 2025.`]);
  });
});
