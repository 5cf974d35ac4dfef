import { chatAs } from '../support/chat';
import { createTestBot, type TestBot } from '../support/testBot';

const N = '\u202f';
const S = '\u00a0';

/**
 * The outside tester's "wrong figure" (stranger4, upcoming payments): the checking account pays the credit
 * card's total on about the 5th of each month, a transfer between the customer's own accounts that the
 * recurring series leave out. The forecast lists it, for what the card owes now, and the balances after it
 * take it. Asked on Wednesday 2 December 2026 on the demo bank (seeded on 29 November).
 */
describe('the deferred card debit in the upcoming payments', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await createTestBot();
    bot.clock.set('2026-12-02T09:00:00+01:00');
  });

  /** Straight from SQL: what the card owes, the checking account's transfers to it (day of month), the starting balance. */
  function bank(customerId: string) {
    const card = bot.db.prepare("SELECT id, balance_cents AS cents FROM accounts WHERE customer_id = ? AND type = 'credit_card'")
      .get(customerId) as { id: string; cents: number };
    const days = (bot.db.prepare(`
      SELECT strftime('%d', t.booked_at, '+1 hour') AS day FROM transactions t JOIN accounts a ON a.id = t.account_id
      WHERE a.customer_id = ? AND a.type = 'checking' AND t.counterparty_account_id = ? AND t.amount_cents < 0 ORDER BY t.booked_at`)
      .all(customerId, card.id) as { day: string }[]).map((r) => r.day);
    const checking = bot.db.prepare(`
      SELECT a.balance_cents + coalesce((SELECT sum(t.amount_cents) FROM transactions t WHERE t.account_id = a.id AND t.status = 'pending'), 0) AS cents
      FROM accounts a WHERE a.customer_id = ? AND a.type = 'checking'`).get(customerId) as { cents: number };
    return { owedCents: -card.cents, days, startCents: checking.cents };
  }

  it('lists Camille’s Visa Premier settlement on 5 December for the card’s balance, and the balances after it (fr)', async () => {
    const { owedCents, days, startCents } = bank('c1');
    expect(owedCents).toBe(107177);
    expect(days).toEqual(Array(11).fill('05'));
    // 2 Dec: rent and the Navigo pass, then 5 Dec: the card.
    expect(startCents - 115000 - 8880).toBe(220130);
    expect(220130 - owedCents).toBe(112953);
    const chat = await chatAs(bot, 'c1');
    expect((await chat.texts('quels sont mes prochains prélèvements ?'))[0].split('\n')).toEqual([
      `Prélèvements attendus du 2 au 27 décembre${S}: 2${N}386,03${S}€ en 7 paiements.`,
      `• 2 déc. · Foncia · 1${N}150,00${S}€`,
      `• 2 déc. · RATP · 88,80${S}€`,
      `• 5 déc. · Débit différé de votre Carte Visa Premier (estimé) · 1${N}071,77${S}€`,
      `• 8 déc. · Netflix · 13,49${S}€`,
      `• 12 déc. · Free · 29,99${S}€`,
      `• 15 déc. · Orange · 19,99${S}€`,
      `• 20 déc. · Spotify · 11,99${S}€`,
      `Solde estimé de Compte courant jusqu’à la paie (vers le 27 déc.)${S}:`,
      `• 2 déc.${S}: 2${N}201,30${S}€`,
      `• 5 déc.${S}: 1${N}129,53${S}€`,
      `• 8 déc.${S}: 1${N}116,04${S}€`,
      `• 12 déc.${S}: 1${N}086,05${S}€`,
      `• 15 déc.${S}: 1${N}066,06${S}€`,
      `• 20 déc.${S}: 1${N}054,07${S}€`,
      `Pas de découvert prévu${S}: le plus bas, le 20 déc., à 1${N}054,07${S}€.`,
      'C’est une estimation, d’après vos paiements réguliers.',
    ]);
  });

  it('the card’s settlement is in "ce mois-ci" and before payday too, once (fr)', async () => {
    const chat = await chatAs(bot, 'c1');
    for (const question of ['qu’est-ce qui va être prélevé ce mois-ci ?', 'vais-je être à découvert avant la paie ?']) {
      const lines = (await chat.texts(question))[0].split('\n');
      expect(lines.filter((l) => l.includes('Carte Visa Premier'))).toEqual([`• 5 déc. · Débit différé de votre Carte Visa Premier (estimé) · 1${N}071,77${S}€`]);
      expect(lines).toContain(`Pas de découvert prévu${S}: le plus bas, le 20 déc., à 1${N}054,07${S}€.`);
    }
  });

  it('lists James’s Visa credit card settlement on 5 December (en)', async () => {
    const { owedCents, days, startCents } = bank('c2');
    expect(owedCents).toBe(55838);
    expect(days).toEqual(Array(11).fill('05'));
    expect(startCents - 145000).toBe(145895);
    expect(145895 - owedCents).toBe(90057);
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    expect((await chat.texts('any upcoming payments?'))[0].split('\n')).toEqual([
      'Expected from 2 to 25 December: €2,081.36 in 6 payments.',
      '• 2 Dec · Foxtons · €1,450.00',
      '• 5 Dec · Your Visa credit card’s monthly settlement (estimated) · €558.38',
      '• 6 Dec · Netflix · €10.99',
      '• 14 Dec · BT · €32.00',
      '• 18 Dec · Vodafone · €18.00',
      '• 21 Dec · Spotify · €11.99',
      'Estimated Current account balance until payday (~25 Dec):',
      '• 2 Dec: €1,458.95',
      '• 5 Dec: €900.57',
      '• 6 Dec: €889.58',
      '• 14 Dec: €857.58',
      '• 18 Dec: €839.58',
      '• 21 Dec: €827.59',
      'No overdraft expected: lowest on 21 Dec, at €827.59.',
      'An estimate, from your regular payments.',
    ]);
  });
});
