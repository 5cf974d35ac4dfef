import { chatAs } from '../support/chat';
import { createTestBot, type TestBot } from '../support/testBot';

const N = '\u202f';
const S = '\u00a0';

/** "la quinzaine d'avant", "the weekend before last", "il y a une semaine": the period meant, said in the answer. */
describe('periods relative to today or to the last answer', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await createTestBot();
  });

  /** Money spent by a customer between two instants, own transfers left out, from SQL. */
  function spent(customerId: string, from: string, to: string): { cents: number; count: number } {
    return bot.db.prepare(`SELECT -sum(t.amount_cents) AS cents, count(*) AS count FROM transactions t JOIN accounts a ON a.id = t.account_id
      WHERE a.customer_id = ? AND t.amount_cents < 0 AND t.counterparty_account_id IS NULL
        AND t.booked_at >= ? AND t.booked_at < ?`).get(customerId, from, to) as { cents: number; count: number };
  }

  it('"et la quinzaine d\'avant" after 22 November - 1 December is the 14 days before: 8-21 November (fr)', async () => {
    bot.clock.set('2026-12-01T10:00:00+01:00');
    expect(spent('c1', '2026-11-07T23:00:00.000Z', '2026-11-21T23:00:00.000Z')).toEqual({ cents: 67619, count: 14 });
    const chat = await chatAs(bot, 'c1');
    expect((await chat.texts('combien j ai dépensé du 22 novembre au 1er décembre'))[0]).toMatch(/^Du 22 novembre au 1er décembre/);
    expect(await chat.texts('et la quinzaine d avant')).toEqual([
      `Du 8 au 21 novembre${S}: 676,19${S}€ dépensés en 14 paiements.`,
    ]);
  });

  it('"the weekend before last" on Tuesday 1 December is 21-22 November (en)', async () => {
    bot.clock.set('2026-12-01T10:00:00+01:00');
    expect(spent('c2', '2026-11-20T23:00:00.000Z', '2026-11-22T23:00:00.000Z')).toEqual({ cents: 19540, count: 3 });
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    expect(await chat.texts('what did i spend the weekend before last')).toEqual(['From 21 to 22 November: €195.40 spent in 3 payments.']);
  });

  it('"mon solde il y a une semaine" is the balances at the end of 22 November (fr)', async () => {
    const chat = await chatAs(bot, 'c1');
    expect(await chat.texts('mon solde il y a une semaine')).toEqual([
      `Vos soldes à la fin du dimanche 22 novembre${S}:\n• Compte courant (FR76${S}••••${S}••••${S}0143)${S}: 1${N}658,96${S}€\n`
        + `• Livret A (FR76${S}••••${S}••••${S}0987)${S}: 11${N}982,07${S}€\n• Carte Visa Premier (••••${S}4242)${S}: -209,79${S}€`,
    ]);
  });

  it('"my balance a week ago" on Tuesday 1 December is the balances at the end of 24 November (en)', async () => {
    bot.clock.set('2026-12-01T10:00:00+01:00');
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    expect(await chat.texts('my balance a week ago')).toEqual([
      `Your balances at the end of Tuesday 24 November:\n• Current account (GB29${S}••••${S}••••${S}6819): €983.84\n`
        + `• Easy Saver (GB94${S}••••${S}••••${S}3459): €7,690.00\n• Visa credit card (••••${S}1881): -€473.40`,
    ]);
  });
});
