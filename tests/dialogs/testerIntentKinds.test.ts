import { chatAs } from '../support/chat';
import { NO_ADVICE_EN, NO_ADVICE_FR } from '../support/declines';
import { createTestBot, type TestBot } from '../support/testBot';

const S = '\u00a0';
const N = '\u202f';

/**
 * Kinds of request the second outside tester found answered as another question, on the demo customers
 * Camille (fr) and James (en), Sunday 29 November 2026; figures checked against SQL on the demo database.
 */
describe('intent kinds the second outside tester found misread', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await createTestBot();
  });

  it.each([
    'est-ce que je devrais mettre mon argent sur le livret A ou en assurance vie',
    'est-ce que j’ai assez d’argent pour partir en vacances',
    'vaut-il mieux garder mes économies sur le livret ?',
    'est-ce que je peux me permettre un nouveau canapé ?',
  ])('advice or affordability is declined plainly, no data shown (fr): %s', async (text) => {
    const chat = await chatAs(bot, 'c1');
    expect(await chat.texts(text)).toEqual([NO_ADVICE_FR]);
  });

  it.each([
    'can i afford a £15000 car with my balance',
    'can i afford a holiday',
    'should I move my savings into shares or keep them in the Easy Saver?',
    'is it worth opening an ISA?',
  ])('advice or affordability is declined plainly, no data shown (en): %s', async (text) => {
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    expect(await chat.texts(text)).toEqual([NO_ADVICE_EN]);
  });

  it('enough on an account for a sum named is a balance check: the balances', async () => {
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    expect(await chat.texts('do I have enough on my account to pay the rent of 900 €?')).toEqual([
      `Your balances:\n• Current account (GB29${S}••••${S}••••${S}6819): €2,916.40\n• Easy Saver (GB94${S}••••${S}••••${S}3459): €8,240.00\n• Visa credit card (••••${S}1881): -€558.38`,
    ]);
  });

  it('what the customer paid is spending, not income (en)', async () => {
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    expect(await chat.texts('how much did i pay between the 3rd and the 10th of november')).toEqual([
      'From 3 to 10 November: €326.96 spent in 9 payments (excluding transfers between your accounts).',
    ]);
    expect(await chat.texts('how much did I pay Tesco last month')).toEqual(['At Tesco, from 1 to 31 October: €277.69 spent in 4 payments.']);
  });

  it('"la rentrée" is a time of year, not money in: spending (fr)', async () => {
    const chat = await chatAs(bot, 'c1');
    // The period "depuis la rentrée" itself is read by the periods (another change): here only the kind.
    expect(await chat.texts('combien j’ai dépensé depuis la rentrée')).toEqual([expect.stringMatching(new RegExp(`^Du .*${S}: [0-9${N},]+${S}€ dépensés en \\d+ paiements`))]);
    expect(await chat.texts('depuis la rentrée combien j’ai dépensé en courses')).toEqual([expect.stringMatching(new RegExp(`^En courses, du .*${S}: [0-9${N},]+${S}€ dépensés en \\d+ paiements`))]);
  });

  it('VAT on a purchase or a receipt, an invoice for a purchase: the receipt (en, as text)', async () => {
    const chat = await chatAs(bot, 'c2', { channelId: 'telegram', locale: 'en-GB' });
    const amazon = `Amazon receipt\nOrder 203-4471982-5530716 · Thursday 26 November\n• 1 × Echo Dot (5th gen): €59.99\n• 1 × USB-C charger: €24.99\nTotal: €84.98\nincl. VAT: €14.17\nPaid with Visa ••••${S}1881`;
    expect(await chat.texts('how much VAT did i pay on my last receipt')).toEqual([amazon]);
    expect(await chat.texts('i need the invoice for my last purchase for my expenses claim')).toEqual([amazon]);
  });

  it('TVA on a purchase at a shop: that shop\'s receipts to choose from (fr)', async () => {
    const chat = await chatAs(bot, 'c1');
    expect(await chat.texts('combien de TVA sur mon achat boulanger')).toEqual([
      `Plusieurs achats correspondent. Lequel${N}?\n1. Boulanger, 25 nov., 499,00${S}€ (commande BL-771204519)\n2. Boulanger, 9 mai, 79,98${S}€ (commande BL-972997351)`,
    ]);
    expect(await chat.texts('combien de TVA sur ma commande fnac')).toEqual([
      `Plusieurs achats correspondent. Lequel${N}?\n1. Fnac, 27 nov., 362,98${S}€ (commande FN-20418836)\n2. Fnac, 6 avr., 199,98${S}€ (commande FN-02524837)\n3. Fnac, 15 mars, 159,98${S}€ (commande FN-41462344)`,
    ]);
  });

  it('what a card stands at is its balance: "hw much on my credit card", "encours de ma carte visa"', async () => {
    const en = await chatAs(bot, 'c2', { userId: 'en', locale: 'en-GB' });
    expect(await en.texts('hw much on my credit card')).toEqual([`Visa credit card (••••${S}1881): -€558.38`]);
    const fr = await chatAs(bot, 'c1', { userId: 'fr' });
    expect(await fr.texts('encours de ma carte visa')).toEqual([`Carte Visa Premier (••••${S}4242)${S}: -1${N}071,77${S}€`]);
  });

  it('switching notifications back on switches them on', async () => {
    const fr = await chatAs(bot, 'c1', { userId: 'fr' });
    expect(await fr.texts('réactive les notifs')).toEqual(['C’est fait${S}: je vous préviendrai ici quand de l’argent bouge sur vos comptes et quand vos colis avancent.'.replace('${S}', S)]);
    const en = await chatAs(bot, 'c2', { userId: 'en', locale: 'en-GB' });
    expect(await en.texts('turn notifications back on')).toEqual(['Done: I will tell you here when money moves on your accounts and when your parcels move.']);
  });

  it('a polite letter\'s closing is no follow-up: the request before it is answered (en)', async () => {
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    expect(await chat.texts('Good afternoon, I would be most grateful if you could kindly let me know the total amount I have spent on restaurants during the previous month. Many thanks in advance, kind regards, James'))
      .toEqual(['At restaurants, from 1 to 31 October: €17.42 spent in 2 payments.']);
  });
});
