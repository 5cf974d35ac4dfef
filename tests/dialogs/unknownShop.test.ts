import { chatAs } from '../support/chat';
import { createTestBot, quickRepliesOf, type TestBot } from '../support/testBot';

const S = '\u00a0';

/** Point 10 for deliveries and receipts: a shop the customer has no order at is said so (demo bank). */
describe('a delivery or a receipt at a shop the customer has none at', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await createTestBot();
  });

  /** The shops of a customer's orders, from SQL: the named shop must not be among them. */
  function shopsOf(customerId: string): string[] {
    return (bot.db.prepare(`SELECT DISTINCT r.merchant FROM receipts r JOIN transactions t ON t.id = r.transaction_id
      JOIN accounts a ON a.id = t.account_id WHERE a.customer_id = ? ORDER BY r.merchant`).all(customerId) as { merchant: string }[]).map((r) => r.merchant);
  }

  it('"livraison Argos", "reçu Darty" (fr): none, then the shops she does have', async () => {
    expect(shopsOf('c1')).not.toContain('Argos');
    expect(shopsOf('c1')).not.toContain('Darty');
    const chat = await chatAs(bot, 'c1');
    const [delivery] = await chat.say('livraison Argos');
    expect(delivery.text).toBe(`Aucune commande Argos à votre nom. Vos colis en route${S}: Boulanger, Fnac, Decathlon.`);
    expect(quickRepliesOf(delivery)).toEqual(['Mes livraisons']);
    expect(await chat.texts('reçu Darty')).toEqual([`Aucun reçu Darty à votre nom. Vos derniers reçus${S}: Decathlon, Fnac, Boulanger, Amazon, Librairie Mollat.`]);
    expect(await chat.texts('le reçu de ma commande Darty')).toEqual([`Aucun reçu Darty à votre nom. Vos derniers reçus${S}: Decathlon, Fnac, Boulanger, Amazon, Librairie Mollat.`]);
  });

  it('"where is my Boulanger order?", "Currys receipt" (en)', async () => {
    expect(shopsOf('c2')).toEqual(['Amazon', 'Argos', 'Decathlon', 'John Lewis']);
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    expect(await chat.texts('where is my Boulanger order?')).toEqual(['No Boulanger order in your name. Your parcels on the way: Amazon, John Lewis, Argos.']);
    expect(await chat.texts('where is my Currys order?')).toEqual(['No Currys order in your name. Your parcels on the way: Amazon, John Lewis, Argos.']);
    expect(await chat.texts('Currys receipt')).toEqual(['No Currys receipt in your name. Your latest receipts are from Amazon, John Lewis, Argos, Decathlon.']);
  });

  it('a shop she has is still answered with its order', async () => {
    const chat = await chatAs(bot, 'c1');
    expect((await chat.texts('livraison Boulanger'))[0].split('\n')[0]).toBe('Votre commande Boulanger (BL-771204519) est en cours d’acheminement.');
  });
});
