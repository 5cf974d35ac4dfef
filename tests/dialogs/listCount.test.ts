import { chatAs } from '../support/chat';
import { createTestBot, quickRepliesOf, type TestBot } from '../support/testBot';

const N = '\u202f';
const S = '\u00a0';

/** A number asked for is the number shown: "les 5 dernières opérations", "my last 3 transactions" (demo bank). */
describe('lists of the length asked for', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await createTestBot();
  });

  /** The customer's movements, newest first, straight from SQL: what a list of n must show. */
  function latest(customerId: string, n: number): { amount_cents: number; merchant: string | null }[] {
    return bot.db.prepare(`SELECT t.amount_cents, t.merchant FROM transactions t JOIN accounts a ON a.id = t.account_id
      WHERE a.customer_id = ? ORDER BY t.booked_at DESC, t.id LIMIT ?`).all(customerId, n) as { amount_cents: number; merchant: string | null }[];
  }

  it('"les 5 dernières opérations" shows five, and "voir plus" the next five (fr)', async () => {
    expect(latest('c1', 4).map((t) => t.amount_cents)).toEqual([-1840, -11999, -2365, -4977]);
    const chat = await chatAs(bot, 'c1');
    const [reply] = await chat.say('les 5 dernières opérations');
    expect(reply.text).toBe([
      `Vos dernières opérations (1 à 5 sur 330)${S}:`,
      `• 29 nov. · Uber · -18,40${S}€ (en attente)`,
      `• 28 nov. · Decathlon · -119,99${S}€ (en attente)`,
      `• 28 nov. · Monoprix · -23,65${S}€ (en attente)`,
      `• 28 nov. · SNCF · -49,77${S}€`,
      `• 28 nov. · VIR PERMANENT DEPUIS COMPTE COURANT · +470,00${S}€`,
    ].join('\n'));
    expect(quickRepliesOf(reply)[0]).toBe('Voir plus');
    const [more] = await chat.texts('voir plus');
    expect(more.split('\n')).toHaveLength(6);
    expect(more.split('\n')[0]).toBe(`Vos dernières opérations (6 à 10 sur 330)${S}:`);
    expect(more.split('\n')[1]).toBe(`• 28 nov. · VIR PERMANENT VERS LIVRET A · -470,00${S}€`);
  });

  it('"my last 3 transactions" shows three, and a follow-up on another account keeps the number (en)', async () => {
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    expect(await chat.texts('my last 3 transactions')).toEqual([[
      'Your latest transactions (1–3 of 357):',
      '• 29 Nov · Pret A Manger · -€7.45 (pending)',
      '• 28 Nov · Lidl · -€39.61',
      '• 28 Nov · Nando\'s · -€42.24',
    ].join('\n')]);
    expect(await chat.texts('and on the savings account?')).toEqual([[
      'Your transactions on Easy Saver (1–3 of 12):',
      '• 26 Nov · TRANSFER FROM CURRENT ACCOUNT · +€550.00',
      '• 26 Oct · TRANSFER FROM CURRENT ACCOUNT · +€550.00',
      '• 26 Sep · TRANSFER FROM CURRENT ACCOUNT · +€550.00',
    ].join('\n')]);
  });

  it('"ma dernière opération" / "my last transaction" is one, in the singular', async () => {
    const camille = await chatAs(bot, 'c1');
    expect(await camille.texts('ma dernière opération')).toEqual([`Votre dernière opération (1 sur 330)${S}:\n• 29 nov. · Uber · -18,40${S}€ (en attente)`]);
    const james = await chatAs(bot, 'c2', { userId: 'user2', locale: 'en-GB' });
    expect(await james.texts('my last transaction')).toEqual(['Your latest transaction (1 of 357):\n• 29 Nov · Pret A Manger · -€7.45 (pending)']);
  });

  it('shows at most 50, says so, each message under 2,000 characters', async () => {
    const chat = await chatAs(bot, 'c1');
    const replies = (await chat.say('mes 60 dernières opérations')).filter((a) => a.type === 'message');
    const lines = replies.flatMap((a) => (a.text ?? '').split('\n'));
    expect(lines.slice(0, 2)).toEqual([
      `J’affiche au plus 50${S}opérations à la fois. Touchez «${N}Voir plus${N}» pour les suivantes.`,
      `Vos dernières opérations (1 à 50 sur 330)${S}:`,
    ]);
    expect(lines.filter((line) => line.startsWith('• '))).toHaveLength(50);
    for (const reply of replies) expect((reply.text ?? '').length).toBeLessThanOrEqual(2000);
    expect(quickRepliesOf(replies[replies.length - 1])[0]).toBe('Voir plus');
    const english = await chatAs(bot, 'c2', { userId: 'user2', locale: 'en-GB' });
    const [first] = await english.texts('last 100 transactions');
    expect(first.split('\n').slice(0, 2)).toEqual(['I show at most 50 transactions at a time. Tap "Show more" for the next ones.', 'Your latest transactions (1–50 of 357):']);
  });

  it('"mes trois derniers paiements chez Carrefour" is three', async () => {
    const chat = await chatAs(bot, 'c1');
    const [carrefour] = await chat.texts('mes trois derniers paiements chez Carrefour');
    expect(carrefour.split('\n')[0]).toBe(`Vos opérations chez Carrefour (1 à 3 sur 48)${S}:`);
    expect(carrefour.split('\n')).toHaveLength(4);
  });
});
