import { chatAs } from '../support/chat';
import { createTestBot, type TestBot } from '../support/testBot';

const N = '\u202f';
const S = '\u00a0';

describe('the biggest purchase, and the first of a month in French', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await createTestBot();
  });

  it('"cest quoi le plus gros achat de lannee" is the biggest expense of the year, Foncia\'s rent (fr)', async () => {
    const biggest = bot.db.prepare(`SELECT max(-t.amount_cents) AS cents FROM transactions t JOIN accounts a ON a.id = t.account_id
      WHERE a.customer_id = 'c1' AND t.amount_cents < 0 AND t.counterparty_account_id IS NULL AND t.booked_at >= '2025-12-31T23:00:00.000Z'`).get() as { cents: number };
    expect(biggest.cents).toBe(115000);
    const chat = await chatAs(bot, 'c1');
    expect(await chat.texts('cest quoi le plus gros achat de lannee')).toEqual([
      `Votre plus grosse dépense du 1er janvier au 29 novembre${S}: Foncia, 1${N}150,00${S}€, le lundi 2 novembre.`,
    ]);
  });

  it('a list line on the first of a month says "1er nov." (fr)', async () => {
    const chat = await chatAs(bot, 'c1');
    expect(await chat.texts('mes dépenses en novembre chez Monoprix')).toEqual([
      `Vos opérations chez Monoprix, du 1er au 29 novembre (1 à 3 sur 3)${S}:\n• 28 nov. · Monoprix · -23,65${S}€ (en attente)\n`
        + `• 17 nov. · Monoprix · -18,02${S}€\n• 1er nov. · Monoprix · -22,37${S}€`,
    ]);
  });
});
