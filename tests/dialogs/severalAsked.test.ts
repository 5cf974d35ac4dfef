import { chatAs } from '../support/chat';
import { createTestBot, type TestBot } from '../support/testBot';

const N = '\u202f';
const S = '\u00a0';

/** Two accounts, two shops or two periods asked in one message: each is answered, none silently dropped. */
describe('several accounts, shops or periods in one message', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await createTestBot();
  });

  it('the balance of the Livret A and of the current account: a line for each (fr)', async () => {
    const chat = await chatAs(bot, 'c1');
    expect(await chat.texts('quel est le solde de mon livret A et de mon compte courant')).toEqual([
      `Vos soldes${S}:\n• Compte courant (FR76${S}••••${S}••••${S}0143)${S}: 3${N}482,15${S}€\n• Livret A (FR76${S}••••${S}••••${S}0987)${S}: 12${N}452,07${S}€`,
    ]);
  });

  it('the current account and the savings: a line for each (en)', async () => {
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    expect(await chat.texts('how much is in my current account and my savings')).toEqual([
      `Your balances:\n• Current account (GB29${S}••••${S}••••${S}6819): €2,916.40\n• Easy Saver (GB94${S}••••${S}••••${S}3459): €8,240.00`,
    ]);
  });

  it('spending at Monoprix and at Carrefour in November: a total for each, in the order asked (fr)', async () => {
    const chat = await chatAs(bot, 'c1');
    expect(await chat.texts('combien j ai dépensé chez Monoprix et Carrefour en novembre')).toEqual([
      `Chez Monoprix, du 1er au 29 novembre${S}: 64,04${S}€ dépensés en 3 paiements, dont 23,65${S}€ en attente.`,
      `Chez Carrefour, du 1er au 29 novembre${S}: 311,49${S}€ dépensés en 4 paiements.`,
    ]);
  });

  it('spending at Amazon and at Tesco in November (en)', async () => {
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    expect(await chat.texts('how much did i spend at amazon and at tesco in november')).toEqual([
      'At Amazon, from 1 to 29 November: €107.96 spent in 2 payments.',
      'At Tesco, from 1 to 29 November: €214.58 spent in 4 payments.',
    ]);
  });

  it('Uber in November and in October: a list for each period (fr)', async () => {
    const chat = await chatAs(bot, 'c1');
    expect(await chat.texts('mes operations chez uber en novembre et en octobre')).toEqual([
      `Vos opérations chez Uber, en transports, du 1er au 29 novembre (1 à 3 sur 3)${S}:\n• 29 nov. · Uber · -18,40${S}€ (en attente)\n`
        + `• 21 nov. · Uber · -18,57${S}€\n• 19 nov. · Uber · -12,47${S}€`,
      `Votre opération chez Uber, en transports, du 1er au 31 octobre (1 sur 1)${S}:\n• 16 oct. · Uber · -12,88${S}€`,
    ]);
  });

  it('spending on two accounts in November: an answer for each, and "compte" is no mistyped "commute" (fr)', async () => {
    const spent = bot.db.prepare(`SELECT count(*) AS count FROM transactions t JOIN accounts a ON a.id = t.account_id
      WHERE a.customer_id = 'c1' AND a.name = 'Compte courant' AND t.amount_cents < 0 AND t.counterparty_account_id IS NULL
        AND t.booked_at >= '2026-10-31T23:00:00.000Z' AND t.booked_at < '2026-11-29T23:00:00.000Z'`).get() as { count: number };
    expect(spent.count).toBe(22);
    const chat = await chatAs(bot, 'c1');
    const [checking, savings] = await chat.texts('mes dépenses en novembre sur le livret A et le compte courant');
    expect(checking.split('\n')[0]).toBe(`Vos opérations sur Compte courant, du 1er au 29 novembre, hors virements entre vos comptes (1 à 10 sur 22)${S}:`);
    expect(savings).toBe('Aucune opération sur Livret A, du 1er au 29 novembre.');
  });
});
