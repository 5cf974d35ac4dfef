import { chatAs } from '../support/chat';
import { createTestBot, type TestBot } from '../support/testBot';

/** An order number with a delivery word is a delivery question, even while a receipt choice that lists the order is open. */
describe('where a parcel is, asked while a receipt choice is open', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await createTestBot();
  });

  it('"where is order AR-300918274": the parcel, delayed, not the receipt (en)', async () => {
    const parcel = bot.db.prepare(`SELECT d.status, d.estimated_delivery AS estimated FROM deliveries d
      JOIN receipts r ON r.id = d.receipt_id WHERE r.order_number = 'AR-300918274'`).get();
    expect(parcel).toEqual({ status: 'delayed', estimated: '2026-12-01' });
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    const [prompt] = await chat.texts('show my receipts');
    expect(prompt).toContain('AR-300918274');
    const [reply] = await chat.texts('where is order AR-300918274');
    expect(reply).toBe([
      'Your Argos order (AR-300918274) is delayed.',
      'New expected date: Tuesday 1 December, in 2 days.',
      'Carrier: Royal Mail, tracking number RM30091827400.',
    ].join('\n'));
  });

  it('the order number alone still answers the choice: the receipt (en)', async () => {
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB', channelId: 'telegram' });
    await chat.texts('show my receipts');
    const [receipt] = await chat.texts('AR-300918274');
    expect(receipt.split('\n')[0]).toBe('Argos receipt');
  });
});
