import { chatAs } from '../support/chat';
import { createTestBot, type TestBot } from '../support/testBot';

const N = '\u202f';
const S = '\u00a0';

/**
 * A message the classifier does not place ("c'est quoi mon prélèvement netflix" scores None) but that
 * names a recurring payment is a question about it, not a repeat of the balance or salary just asked.
 */
describe('a merchant with a subscription word is its own question', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await createTestBot();
  });

  function lastPayment(customerId: string, merchant: string): { cents: number; bookedAt: string } {
    return bot.db.prepare(`SELECT t.amount_cents AS cents, t.booked_at AS bookedAt FROM transactions t JOIN accounts a ON a.id = t.account_id
      WHERE a.customer_id = ? AND t.merchant = ? ORDER BY t.booked_at DESC LIMIT 1`).get(customerId, merchant) as { cents: number; bookedAt: string };
  }

  it('after the balances and after the salary, Netflix\'s recurring payment (fr)', async () => {
    expect(lastPayment('c1', 'Netflix')).toEqual({ cents: -1349, bookedAt: '2026-11-08T05:30:00.000Z' });
    const netflix = [`Votre paiement régulier chez Netflix${S}: 13,49${S}€ par mois, dernier le 8 nov., prochain vers le 8 déc.`];
    const chat = await chatAs(bot, 'c1');
    expect((await chat.texts('mon solde'))[0]).toMatch(/^Vos soldes/);
    expect(await chat.texts('c\'est quoi mon prélèvement netflix')).toEqual(netflix);
    // The balance is still the question a follow-up continues.
    expect(await chat.texts('et sur le livret A ?')).toEqual([`Livret A (FR76${S}••••${S}••••${S}0987)${S}: 12${N}452,07${S}€`]);
    expect((await chat.texts('est-ce que mon salaire est tombé le mois dernier'))[0]).toMatch(/votre salaire, 2\u202f500,00\u00a0€ de Thales/);
    expect(await chat.texts('c\'est quoi mon prélèvement netflix')).toEqual(netflix);
  });

  it('a merchant with no recurring payment is said so, not the whole list (fr)', async () => {
    const chat = await chatAs(bot, 'c1');
    await chat.texts('mon solde');
    expect(await chat.texts('c\'est quoi mon abonnement chez Fnac')).toEqual([
      'Je ne trouve aucun paiement régulier chez Fnac sur vos 13 derniers mois.',
    ]);
  });

  it('after the balances, a subscription question naming Spotify is answered for Spotify (en)', async () => {
    expect(lastPayment('c2', 'Spotify')).toEqual({ cents: -1199, bookedAt: '2026-11-21T05:30:00.000Z' });
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    await chat.texts('my balance');
    expect(await chat.texts('my spotify subscription')).toEqual([
      'Your regular payment to Spotify: €11.99 monthly, last 21 Nov, next ~21 Dec',
    ]);
  });
});
