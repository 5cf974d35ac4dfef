import { findCount } from '../../bot/nlu/entities/count';
import { findDirection } from '../../bot/nlu/entities/direction';
import { foldText } from '../../bot/nlu/text/normalize';
import { chatAs } from '../support/chat';
import { createTestBot, type TestBot } from '../support/testBot';

const S = '\u00a0';

/** "Les 2 derniers reçus", "my 2 latest receipts": that many receipts, newest first; "reçu" as a noun is no money in. */
describe('a number of latest receipts', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await createTestBot();
  });

  function latestOrders(customerId: string, count: number): string[] {
    const rows = bot.db.prepare(`SELECT r.order_number AS orderNumber FROM receipts r JOIN transactions t ON t.id = r.transaction_id JOIN accounts a ON a.id = t.account_id
      WHERE a.customer_id = ? ORDER BY r.purchased_at DESC LIMIT ?`).all(customerId, count) as { orderNumber: string }[];
    return rows.map((row) => row.orderNumber);
  }

  it('"reçus" after a number or "derniers" is receipts, not money in; "j ai reçu", "virements reçus" are money in', () => {
    expect(findDirection(foldText('les 2 derniers reçus'))).toEqual([]);
    expect(findCount(foldText('les 2 derniers reçus'))).toEqual([2]);
    expect(findDirection(foldText('mon reçu Darty'))).toEqual([]);
    expect(findDirection(foldText("combien j'ai reçu en novembre"))).toEqual(['in']);
    expect(findDirection(foldText('les virements reçus'))).toEqual(['in']);
    expect(findCount(foldText('my 2 latest receipts'))).toEqual([2]);
  });

  it.each(['montre-moi les reçus de mes 2 derniers achats', 'les 2 derniers tickets de caisse'])('"%s": the two latest receipts as text, newest first (fr)', async (message) => {
    expect(latestOrders('c1', 2)).toEqual(['DK-55210934', 'FN-20418836']);
    const chat = await chatAs(bot, 'c1', { channelId: 'telegram' });
    const replies = await chat.texts(message);
    expect(replies.map((reply) => reply.split('\n').slice(0, 2).join(' | '))).toEqual([
      'Reçu Decathlon | Commande DK-55210934 · samedi 28 novembre',
      'Reçu Fnac | Commande FN-20418836 · vendredi 27 novembre',
    ]);
    expect(replies[1]).toContain(`Total${S}: 362,98${S}€`);
  });

  it('"show my 2 latest receipts": two receipt cards, newest first (en)', async () => {
    expect(latestOrders('c2', 2)).toEqual(['203-4471982-5530716', 'JL-61734095']);
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    const cards = (await chat.say('show my 2 latest receipts')).flatMap((a) => a.attachments ?? []);
    expect(cards.map((card) => [card.content.title, card.content.facts[0].value, card.content.total])).toEqual([
      ['Amazon receipt', '203-4471982-5530716', '€84.98'],
      ['John Lewis receipt', 'JL-61734095', '€165.00'],
    ]);
  });
});
