import { chatAs } from '../support/chat';
import { createTestBot, type TestBot } from '../support/testBot';

const S = '\u00a0';

describe('ReceiptDialog and DeliveryDialog', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await createTestBot();
  });

  it('offers a choice when several purchases match, then shows the chosen one as a receipt card', async () => {
    const chat = await chatAs(bot, 'c1');
    const [prompt] = await chat.say('montre-moi le reçu de mon achat Fnac');
    expect(prompt.text).toBe([
      'Plusieurs achats correspondent. Lequel ?',
      `1. Fnac, 27 nov., 362,98${S}€ (commande FN-20418836)`,
      `2. Fnac, 6 avr., 199,98${S}€ (commande FN-02524837)`,
      `3. Fnac, 15 mars, 159,98${S}€ (commande FN-41462344)`,
    ].join('\n'));
    expect(prompt.suggestedActions?.actions.map((a) => a.title)).toEqual(['Fnac 27 nov.', 'Fnac 6 avr.', 'Fnac 15 mars']);
    const [card] = await chat.say('Fnac 27 nov.');
    expect(card.attachments).toEqual([{
      contentType: 'application/vnd.microsoft.card.receipt',
      content: {
        title: 'Reçu Fnac',
        facts: [
          { key: 'Commande', value: 'FN-20418836' },
          { key: 'Date', value: 'vendredi 27 novembre' },
          { key: 'Payé avec', value: 'Visa •••• 4242' },
        ],
        items: [
          { title: 'Casque Sony WH-1000XM5', price: `349,99${S}€`, quantity: '1' },
          { title: 'Câble USB-C 1 m', price: `12,99${S}€`, quantity: '1' },
        ],
        tax: `60,50${S}€`,
        total: `362,98${S}€`,
      },
    }]);
    expect((await bot.services.audit.entries('c1'))[0]).toMatchObject({ intent: 'Receipt' });
  });

  it('shows the latest receipt as text on a channel without cards (en)', async () => {
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB', channelId: 'telegram' });
    expect(await chat.texts('receipt for my last order')).toEqual([[
      'Amazon receipt',
      'Order 203-4471982-5530716 · Thursday 26 November',
      '• 1 × Echo Dot (5th gen): €59.99',
      '• 1 × USB-C charger: €24.99',
      'Total: €84.98',
      'incl. VAT: €14.17',
      'Paid with Visa •••• 1881',
    ].join('\n')]);
  });

  it('gives a delivery date in words and relative, with carrier and tracking (fr)', async () => {
    const chat = await chatAs(bot, 'c1');
    const [reply] = await chat.texts('quand sera livrée ma commande Boulanger ?');
    const boulanger = (await bot.services.deliveries.find('c1', { orderNumber: 'BL-771204519' }))[0];
    expect(reply).toBe([
      'Votre commande Boulanger (BL-771204519) est en cours d’acheminement.',
      'Livraison prévue le mardi 1er décembre, dans 2 jours.',
      `Transporteur : ${boulanger.carrier}, numéro de suivi ${boulanger.trackingNumber}.`,
    ].join('\n'));
  });

  it('lists the parcels under way, says a delayed one is delayed, and a delivered one delivered (en)', async () => {
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    expect(await chat.texts('where are my parcels?')).toEqual([[
      'Your parcels on their way:',
      '• Amazon (203-4471982-5530716): out for delivery, Sunday 29 November, today',
      '• John Lewis (JL-61734095): on its way, Monday 30 November, tomorrow',
      '• Argos (AR-300918274): delayed, Tuesday 1 December, in 2 days',
    ].join('\n')]);
    expect(await chat.texts('all my deliveries')).toEqual([[
      'Your parcels on their way and delivered in the last 30 days:',
      '• Amazon (203-4471982-5530716): out for delivery, Sunday 29 November, today',
      '• John Lewis (JL-61734095): on its way, Monday 30 November, tomorrow',
      '• Argos (AR-300918274): delayed, Tuesday 1 December, in 2 days',
      '• Amazon (203-9912055-1874420): delivered, Friday 20 November, 9 days ago',
    ].join('\n')]);
    const [argos] = await chat.texts('where is my Argos order?');
    expect(argos.split('\n').slice(0, 2)).toEqual(['Your Argos order (AR-300918274) is delayed.', 'New expected date: Tuesday 1 December, in 2 days.']);
    const [delivered] = await chat.texts('where is order 203-9912055-1874420?');
    expect(delivered.split('\n')[0]).toBe('Your Amazon order (203-9912055-1874420) was delivered on Friday 20 November (9 days ago).');
  });

  it('lets help re-prompt and cancel end a pending choice', async () => {
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    const [prompt] = await chat.texts('receipt for my Amazon order');
    expect(prompt.split('\n')[0]).toBe('Several purchases match. Which one?');
    const help = await chat.texts('help');
    expect(help).toHaveLength(2);
    expect(help[0]).toMatch(/^I can answer:/);
    expect(help[1]).toBe(prompt);
    expect(await chat.texts('cancel')).toEqual(['OK, cancelled. What else can I do for you?']);
    const [card] = (await chat.say('Amazon 17 Nov')).flatMap((a) => a.attachments ?? []);
    expect(card).toEqual({
      contentType: 'application/vnd.microsoft.card.receipt',
      content: {
        title: 'Amazon receipt',
        facts: [
          { key: 'Order', value: '203-9912055-1874420' },
          { key: 'Date', value: 'Tuesday 17 November' },
          { key: 'Paid with', value: 'Visa ••••\u00a01881' },
        ],
        items: [
          { title: 'The Thursday Murder Club (paperback)', price: '€9.99', quantity: '1' },
          { title: 'A5 notebooks (pack of 3)', price: '€12.99', quantity: '1' },
        ],
        tax: '€3.84',
        total: '€22.98',
      },
    });
  });

  it('answers a new question asked instead of choosing, and does not take "1 October" for option 1', async () => {
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    await chat.texts('receipt for my Amazon order');
    const [balances] = await chat.texts('what was my balance on 1 October?');
    expect(balances.split('\n')[0]).toBe('Your balances at the end of Thursday 1 October:');
  });
});
