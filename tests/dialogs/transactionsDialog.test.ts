import { chatAs } from '../support/chat';
import { createTestBot, type TestBot } from '../support/testBot';

// Intl groups French thousands with U+202F and puts U+00A0 before the euro sign.
const N = '\u202f';
const S = '\u00a0';

describe('TransactionsDialog', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await createTestBot();
  });

  it('totals a merchant over last month, with the count and the period in words (fr)', async () => {
    const chat = await chatAs(bot, 'c1');
    expect(await chat.texts('combien j’ai dépensé chez Mollat le mois dernier ?')).toEqual([
      `Chez Librairie Mollat, du 1er au 31 octobre${S}: 30,90${S}€ dépensés en 1 paiement.`,
    ]);
    expect(await chat.texts('combien j’ai dépensé chez Carrefour en octobre')).toEqual([
      `Chez Carrefour, du 1er au 31 octobre${S}: 196,45${S}€ dépensés en 4 paiements.`,
    ]);
  });

  it('answers follow-ups in the context of the previous question', async () => {
    const chat = await chatAs(bot, 'c1');
    await chat.texts('combien j’ai dépensé chez Mollat le mois dernier ?');
    expect(await chat.texts('et ce mois-ci ?')).toEqual(['Aucune dépense chez Librairie Mollat, du 1er au 29 novembre.']);
    expect(await chat.texts('et chez Carrefour ?')).toEqual([expect.stringMatching(/^Chez Carrefour, du 1er au 29 novembre\u00a0: /)]);
  });

  it('says whether the salary has come in, with the day in words and relative (fr)', async () => {
    const chat = await chatAs(bot, 'c1');
    expect(await chat.texts('est-ce que mon salaire est tombé ?')).toEqual([
      `Oui : 2${N}500,00${S}€ de Thales sont arrivés le vendredi 27 novembre (il y a 2 jours), sur Compte courant.`,
    ]);
  });

  it('finds the biggest expense of a period, then narrows to an account on "et sur le livret A ?"', async () => {
    const chat = await chatAs(bot, 'c1');
    expect(await chat.texts('ma plus grosse dépense en octobre')).toEqual([
      `Votre plus grosse dépense du 1er au 31 octobre : Foncia, 1${N}150,00${S}€, le vendredi 2 octobre.`,
    ]);
    expect(await chat.texts('et sur le livret A ?')).toEqual(['Aucune dépense sur Livret A, du 1er au 31 octobre.']);
    expect((await bot.services.audit.entries('c1'))[0]).toMatchObject({ intent: 'Transactions', accountIds: ['c1-savings'] });
  });

  it('pages the latest transactions: ten lines, then "show more" gives the next ten', async () => {
    const chat = await chatAs(bot, 'c1');
    const [first] = await chat.say('mes dernières opérations');
    expect((first.text ?? '').split('\n')).toEqual([
      `Vos dernières opérations (1 à 10 sur 330)${S}:`,
      `• 29 nov. · Uber · -18,40${S}€ (en attente)`,
      `• 28 nov. · Decathlon · -119,99${S}€ (en attente)`,
      `• 28 nov. · Monoprix · -23,65${S}€ (en attente)`,
      `• 28 nov. · SNCF · -49,77${S}€`,
      `• 28 nov. · VIR PERMANENT DEPUIS COMPTE COURANT · +470,00${S}€`,
      `• 28 nov. · VIR PERMANENT VERS LIVRET A · -470,00${S}€`,
      `• 27 nov. · Fnac · -362,98${S}€`,
      `• 27 nov. · Thales · +2${N}500,00${S}€`,
      `• 26 nov. · Carrefour · -83,89${S}€`,
      `• 25 nov. · Pharmacie Lafayette · -26,26${S}€`,
    ]);
    expect(first.suggestedActions?.actions.map((a) => a.title)).toEqual(['Voir plus', 'Mon solde', 'Mes reçus', 'Mes livraisons']);
    const [second] = await chat.texts('voir plus');
    expect(second.split('\n')).toEqual([
      `Vos dernières opérations (11 à 20 sur 330)${S}:`,
      `• 25 nov. · Boulanger · -499,00${S}€`,
      `• 23 nov. · Lidl · -46,89${S}€`,
      `• 21 nov. · Uber · -18,57${S}€`,
      `• 20 nov. · Spotify · -11,99${S}€`,
      `• 19 nov. · Uber · -12,47${S}€`,
      `• 19 nov. · Amazon · -209,79${S}€`,
      `• 17 nov. · Monoprix · -18,02${S}€`,
      `• 17 nov. · Big Mamma · -27,31${S}€`,
      `• 15 nov. · Carrefour · -87,47${S}€`,
      `• 15 nov. · Carrefour · -74,27${S}€`,
    ]);
  });

  it('answers in English with the period in words and past balances', async () => {
    const chat = await chatAs(bot, 'c1', { locale: 'en-GB' });
    expect(await chat.texts('how much did I spend at Carrefour last month')).toEqual([
      'At Carrefour, from 1 to 31 October: €196.45 spent in 4 payments.',
    ]);
    expect(await chat.texts('and at Mollat?')).toEqual(['At Librairie Mollat, from 1 to 31 October: €30.90 spent in 1 payment.']);
    expect(await chat.texts('has my salary come in?')).toEqual([
      'Yes: €2,500.00 from Thales came in on Friday 27 November (2 days ago), on Compte courant.',
    ]);
    expect(await chat.texts('what was my balance on 31 October?')).toEqual([[
      'Your balances at the end of Saturday 31 October:',
      '• Compte courant (FR76 •••• •••• 0143): €3,477.32',
      '• Livret A (FR76 •••• •••• 0987): €11,982.07',
      '• Carte Visa Premier (•••• 4242): -€90.79',
    ].join('\n')]);
  });

  it('leaves the savings transfer and the card settlement out of last month\'s spending, as SQL does', async () => {
    const sql = bot.db.prepare(`
      SELECT sum(-t.amount_cents) AS cents, count(*) AS count,
        sum(CASE WHEN t.counterparty_account_id IS NOT NULL THEN -t.amount_cents ELSE 0 END) AS ownCents
      FROM transactions t JOIN accounts a ON a.id = t.account_id
      WHERE a.customer_id = 'c1' AND t.amount_cents < 0
        AND t.booked_at >= '2026-09-30T22:00:00.000Z' AND t.booked_at < '2026-10-31T23:00:00.000Z'`)
      .get() as { cents: number; count: number; ownCents: number };
    // The 470,00 € to the Livret A and the card's settlement would otherwise count twice.
    expect(sql.ownCents).toBeGreaterThan(47000);
    const spent = (sql.cents - sql.ownCents) / 100;
    const [answer] = await (await chatAs(bot, 'c1')).texts('combien j’ai dépensé le mois dernier ?');
    const amount = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(spent);
    expect(answer).toBe(`Du 1er au 31 octobre${S}: ${amount} dépensés en ${sql.count - 2} paiements (hors virements entre vos comptes).`);
    expect(answer).toBe(`Du 1er au 31 octobre${S}: 1${N}878,74${S}€ dépensés en 23 paiements (hors virements entre vos comptes).`);
  });

  it('says "nothing more" when there is no list to continue', async () => {
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    expect(await chat.texts('show more')).toEqual(["That’s all, there is nothing more to show."]);
  });
});
