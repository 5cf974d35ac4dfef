import { chatAs } from '../support/chat';
import { createTestBot, type TestBot } from '../support/testBot';


/** After a receipt, "et celle d'avant ?" / "and the one before?": the same customer's receipt bought just before. */
describe('the receipt before the one shown', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await createTestBot();
  });

  function receiptsNewestFirst(customerId: string): string[] {
    const rows = bot.db.prepare(`SELECT r.merchant || ' ' || r.order_number AS receipt FROM receipts r
      JOIN transactions t ON t.id = r.transaction_id JOIN accounts a ON a.id = t.account_id
      WHERE a.customer_id = ? ORDER BY r.purchased_at DESC LIMIT 3`).all(customerId) as { receipt: string }[];
    return rows.map((row) => row.receipt);
  }

  const heading = (reply: string) => reply.split('\n').slice(0, 2).join(' | ');

  it('"et celle d avant", then "et le précédent": one receipt further back each time (fr)', async () => {
    expect(receiptsNewestFirst('c1')).toEqual(['Decathlon DK-55210934', 'Fnac FN-20418836', 'Boulanger BL-771204519']);
    const chat = await chatAs(bot, 'c1', { channelId: 'telegram' });
    expect((await chat.texts('montre-moi le reçu de mon dernier achat')).map(heading)).toEqual(['Reçu Decathlon | Commande DK-55210934 · samedi 28 novembre']);
    expect((await chat.texts('et celle d avant')).map(heading)).toEqual(['Reçu Fnac | Commande FN-20418836 · vendredi 27 novembre']);
    expect((await chat.texts('et le précédent')).map(heading)).toEqual(['Reçu Boulanger | Commande BL-771204519 · mercredi 25 novembre']);
  });

  it('"and the one before?" after the latest receipt (en)', async () => {
    expect(receiptsNewestFirst('c2').slice(0, 2)).toEqual(['Amazon 203-4471982-5530716', 'John Lewis JL-61734095']);
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB', channelId: 'telegram' });
    await chat.texts('receipt for my last order');
    const [reply] = await chat.texts('and the one before?');
    expect(heading(reply)).toBe('John Lewis receipt | Order JL-61734095 · Tuesday 24 November');
    expect(reply).toContain(`Total: €165.00`);
  });
});

describe('"the one before" is no receipt question without a receipt shown', () => {
  it('"le mois précédent" stays a period shift, "the previous month" too', async () => {
    const { findReferences } = await import('../../bot/nlu/entities/reference');
    expect(findReferences('et le mois precedent')).toEqual([]);
    expect(findReferences('and the previous month')).toEqual([]);
    expect(findReferences('et celle d avant')).toEqual([{ kind: 'previous' }]);
    expect(findReferences('and the one before?')).toEqual([{ kind: 'previous' }]);
  });
});
