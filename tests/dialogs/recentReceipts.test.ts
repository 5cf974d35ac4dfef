import { chatAs } from '../support/chat';
import { createTestBot, type TestBot } from '../support/testBot';

const N = '\u202f';
const S = '\u00a0';

/**
 * "mes derniers tickets", "mes reçus récents", "my recent receipts": a plural asks for the recent receipts,
 * listed newest first with a quick reply to open each; "my last receipt" stays the newest one alone.
 * The receipts, their totals and their order checked by SQL on the demo bank (Sunday 29 November 2026).
 */
describe('the recent receipts, asked in the plural', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await createTestBot();
  });

  /** The customer's five latest receipts, newest first: shop, order number, total in cents, Paris day. */
  function latestReceipts(customerId: string): string[] {
    const rows = bot.db.prepare(`SELECT r.merchant, r.order_number AS orderNumber, r.total_cents AS cents, r.purchased_at AS at
      FROM receipts r JOIN transactions t ON t.id = r.transaction_id JOIN accounts a ON a.id = t.account_id
      WHERE a.customer_id = ? ORDER BY r.purchased_at DESC LIMIT 5`).all(customerId) as { merchant: string; orderNumber: string; cents: number; at: string }[];
    const day = (at: string) => new Date(at).toLocaleDateString('en-CA', { timeZone: 'Europe/Paris' });
    return rows.map((row) => `${row.merchant} ${row.orderNumber} ${row.cents} ${day(row.at)}`);
  }

  const CAMILLE_LIST = [
    `Vos derniers reçus, du plus récent au plus ancien. Lequel voulez-vous ouvrir${N}?`,
    `1. Decathlon, 28 nov., 119,99${S}€ (commande DK-55210934)`,
    `2. Fnac, 27 nov., 362,98${S}€ (commande FN-20418836)`,
    `3. Boulanger, 25 nov., 499,00${S}€ (commande BL-771204519)`,
    `4. Amazon, 19 nov., 209,79${S}€ (commande 402-8836150-2291107)`,
    `5. Librairie Mollat, 14 oct., 30,90${S}€ (commande ML-458213)`,
  ].join('\n');

  it.each(['mes derniers tickets', 'mes reçus récents'])('"%s" lists the five latest, newest first; "2" opens the second (fr)', async (message) => {
    expect(latestReceipts('c1')).toEqual([
      'Decathlon DK-55210934 11999 2026-11-28', 'Fnac FN-20418836 36298 2026-11-27', 'Boulanger BL-771204519 49900 2026-11-25',
      'Amazon 402-8836150-2291107 20979 2026-11-19', 'Librairie Mollat ML-458213 3090 2026-10-14',
    ]);
    const chat = await chatAs(bot, 'c1', { channelId: 'telegram' });
    const [list] = await chat.say(message);
    expect(list.text).toBe(CAMILLE_LIST);
    expect(list.suggestedActions?.actions.map((action) => action.value)).toEqual([
      'Decathlon 28 nov.', 'Fnac 27 nov.', 'Boulanger 25 nov.', 'Amazon 19 nov.', 'Librairie Mollat 14 oct.',
    ]);
    const [receipt] = await chat.texts('2');
    expect(receipt.split('\n').slice(0, 2)).toEqual(['Reçu Fnac', 'Commande FN-20418836 · vendredi 27 novembre']);
    expect(receipt).toContain(`Total${S}: 362,98${S}€`);
  });

  it('"mon dernier reçu" stays the newest receipt alone (fr)', async () => {
    const chat = await chatAs(bot, 'c1', { channelId: 'telegram' });
    const replies = await chat.texts('mon dernier reçu');
    expect(replies).toHaveLength(1);
    expect(replies[0].split('\n').slice(0, 2)).toEqual(['Reçu Decathlon', 'Commande DK-55210934 · samedi 28 novembre']);
    expect(replies[0]).toContain(`Total${S}: 119,99${S}€`);
  });

  it('"my recent receipts" lists the five latest; tapping one opens it; "my last receipt" is the newest alone (en)', async () => {
    expect(latestReceipts('c2')).toEqual([
      'Amazon 203-4471982-5530716 8498 2026-11-26', 'John Lewis JL-61734095 16500 2026-11-24', 'Argos AR-300918274 12999 2026-11-21',
      'Amazon 203-9912055-1874420 2298 2026-11-17', 'Decathlon DK-87814658 17998 2026-10-18',
    ]);
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB', channelId: 'telegram' });
    const [list] = await chat.say('my recent receipts');
    expect(list.text).toBe([
      'Your recent receipts, newest first. Which one shall I open?',
      '1. Amazon, 26 Nov, €84.98 (order 203-4471982-5530716)',
      '2. John Lewis, 24 Nov, €165.00 (order JL-61734095)',
      '3. Argos, 21 Nov, €129.99 (order AR-300918274)',
      '4. Amazon, 17 Nov, €22.98 (order 203-9912055-1874420)',
      '5. Decathlon, 18 Oct, €179.98 (order DK-87814658)',
    ].join('\n'));
    expect(list.suggestedActions?.actions.map((action) => action.value)).toEqual(['Amazon 26 Nov', 'John Lewis 24 Nov', 'Argos 21 Nov', 'Amazon 17 Nov', 'Decathlon 18 Oct']);
    const [opened] = await chat.texts('John Lewis 24 Nov');
    expect(opened.split('\n').slice(0, 2)).toEqual(['John Lewis receipt', 'Order JL-61734095 · Tuesday 24 November']);
    expect(opened).toContain('Total: €165.00');
    const [last] = await chat.texts('my last receipt');
    expect(last.split('\n').slice(0, 2)).toEqual(['Amazon receipt', 'Order 203-4471982-5530716 · Thursday 26 November']);
    expect(last).toContain('Total: €84.98');
  });
});
