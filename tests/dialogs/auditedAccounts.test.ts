import { chatAs } from '../support/chat';
import { createTestBot, type TestBot } from '../support/testBot';

/** Every audited read names the accounts it read: a receipt or a parcel through its purchase's account. */
describe('the audit names the accounts behind receipts and deliveries', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await createTestBot();
  });

  function accountsOfReceipts(customerId: string, merchant: string): string[] {
    return (bot.db.prepare(`SELECT DISTINCT t.account_id AS id FROM receipts r JOIN transactions t ON t.id = r.transaction_id
      JOIN accounts a ON a.id = t.account_id WHERE a.customer_id = ? AND r.merchant = ?`).all(customerId, merchant) as { id: string }[])
      .map((row) => row.id);
  }

  it('the Fnac list and the chosen receipt, paid by card, name the card (fr)', async () => {
    expect(accountsOfReceipts('c1', 'Fnac')).toEqual(['c1-card']);
    const chat = await chatAs(bot, 'c1');
    await chat.texts('mon ticket fnac');
    await chat.say('1');
    expect((await bot.services.audit.entries('c1')).map((e) => [e.intent, e.accountIds])).toEqual([
      ['Receipt', ['c1-card']],
      ['Receipt', ['c1-card']],
    ]);
  });

  it('a delivery list names the accounts its parcels were paid from (en)', async () => {
    const paidFrom = (bot.db.prepare(`SELECT DISTINCT t.account_id AS id FROM deliveries d JOIN receipts r ON r.id = d.receipt_id
      JOIN transactions t ON t.id = r.transaction_id JOIN accounts a ON a.id = t.account_id
      WHERE a.customer_id = 'c2' AND d.status <> 'delivered' ORDER BY d.estimated_delivery IS NULL, d.estimated_delivery, d.id`)
      .all() as { id: string }[]).map((row) => row.id);
    expect(paidFrom.length).toBeGreaterThan(0);
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    await chat.texts('where are my parcels?');
    const entries = await bot.services.audit.entries('c2');
    expect(entries.map((e) => e.intent)).toEqual(['Delivery']);
    expect([...entries[0].accountIds].sort()).toEqual([...paidFrom].sort());
  });
});
