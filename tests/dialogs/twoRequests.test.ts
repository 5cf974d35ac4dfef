import { chatAs } from '../support/chat';
import { createTestBot, testAdapter, type TestBot } from '../support/testBot';

const N = '\u202f';
const S = '\u00a0';

/** Two different requests joined by "et / et aussi / and / and also" in one message: each is answered, in order. */
describe('two requests in one message', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await createTestBot();
  });

  it('the balance, then the last 3 operations (fr)', async () => {
    const chat = await chatAs(bot, 'c1');
    expect(await chat.texts('bjr, pouvez vous me dire mon solde et mes 3 dernières opérations merci')).toEqual([
      `Vos soldes${S}:\n• Compte courant (FR76${S}••••${S}••••${S}0143)${S}: 3${N}482,15${S}€\n• Livret A (FR76${S}••••${S}••••${S}0987)${S}: 12${N}452,07${S}€\n`
        + `• Carte Visa Premier (••••${S}4242)${S}: -1${N}071,77${S}€`,
      `Vos dernières opérations (1 à 3 sur 330)${S}:\n• 29 nov. · Uber · -18,40${S}€ (en attente)\n• 28 nov. · Decathlon · -119,99${S}€ (en attente)\n`
        + `• 28 nov. · Monoprix · -23,65${S}€ (en attente)`,
    ]);
  });

  it('the balance, then the last 3 transactions (en)', async () => {
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    expect(await chat.texts('hey can u tell me my balance and my last 3 transactions thx')).toEqual([
      `Your balances:\n• Current account (GB29${S}••••${S}••••${S}6819): €2,916.40\n• Easy Saver (GB94${S}••••${S}••••${S}3459): €8,240.00\n`
        + `• Visa credit card (••••${S}1881): -€558.38`,
      'Your latest transactions (1–3 of 357):\n• 29 Nov · Pret A Manger · -€7.45 (pending)\n• 28 Nov · Lidl · -€39.61\n• 28 Nov · Nando\'s · -€42.24',
    ]);
  });

  // Which account "pas celui du livret" leaves out is the balance request's own business (its exclusions);
  // here: the negated clause is no request, and the salary that follows it is one.
  it('a balance with an exclusion, and also the salary (fr)', async () => {
    const chat = await chatAs(bot, 'c1');
    const replies = await chat.texts("Je voudrais connaître le solde de mon compte courant, mais pas celui du livret, et aussi savoir si j'ai reçu mon salaire");
    expect(replies).toHaveLength(2);
    expect(replies[0]).toContain(`Compte courant (FR76${S}••••${S}••••${S}0143)${S}: 3${N}482,15${S}€`);
    expect(replies[1]).toBe(`Oui${S}: 2${N}500,00${S}€ de Thales sont arrivés le vendredi 27 novembre (il y a 2 jours), sur Compte courant.`);
  });

  it('a balance with an exclusion, and also the salary (en)', async () => {
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    const replies = await chat.texts('I want my current account balance, not the savings, and also did my salary arrive');
    expect(replies).toHaveLength(2);
    expect(replies[0]).toContain(`Current account (GB29${S}••••${S}••••${S}6819): €2,916.40`);
    expect(replies[1]).toBe('Yes: €2,650.00 from Globex Ltd came in on Wednesday 25 November (4 days ago), on Current account.');
  });

  it('a first request that asks which purchase: the second is answered once it is chosen (fr)', async () => {
    const chat = await chatAs(bot, 'c1');
    expect(await chat.texts('le reçu de mon achat chez Boulanger et aussi mon solde')).toEqual([`Plusieurs achats correspondent. Lequel${N}?\n`
      + `1. Boulanger, 25 nov., 499,00${S}€ (commande BL-771204519)\n2. Boulanger, 9 mai, 79,98${S}€ (commande BL-972997351)`]);
    const [card, balances] = await chat.say('2');
    expect((card.attachments?.[0].content as { facts: { value: string }[] }).facts[0].value).toBe('BL-972997351');
    expect(balances.text).toBe(`Vos soldes${S}:\n• Compte courant (FR76${S}••••${S}••••${S}0143)${S}: 3${N}482,15${S}€\n`
      + `• Livret A (FR76${S}••••${S}••••${S}0987)${S}: 12${N}452,07${S}€\n• Carte Visa Premier (••••${S}4242)${S}: -1${N}071,77${S}€`);
  });

  it('a first request that asks which purchase: the second is answered once it is chosen (en)', async () => {
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    expect((await chat.texts('my Amazon receipt and also my balance'))[0]).toMatch(/^Several purchases match\. Which one\?\n1\. Amazon, 26 Nov, €84\.98/);
    const [card, balances] = await chat.say('1');
    expect((card.attachments?.[0].content as { facts: { value: string }[] }).facts[0].value).toBe('203-4471982-5530716');
    expect(balances.text).toBe(`Your balances:\n• Current account (GB29${S}••••${S}••••${S}6819): €2,916.40\n`
      + `• Easy Saver (GB94${S}••••${S}••••${S}3459): €8,240.00\n• Visa credit card (••••${S}1881): -€558.38`);
  });

  it('one account and another, or one shop and another: still one request', async () => {
    const fr = await chatAs(bot, 'c1');
    expect(await fr.texts('quel est le solde de mon livret A et de mon compte courant')).toEqual([
      `Vos soldes${S}:\n• Compte courant (FR76${S}••••${S}••••${S}0143)${S}: 3${N}482,15${S}€\n• Livret A (FR76${S}••••${S}••••${S}0987)${S}: 12${N}452,07${S}€`,
    ]);
  });

  it('without a link, "link first" is said once for both requests (en)', async () => {
    const adapter = testAdapter(bot, { channelId: 'facebook', userId: 'stranger' }, 'en-GB');
    await adapter.send('my balance and also my last transactions');
    expect(adapter.activeQueue.splice(0).filter((a) => a.type === 'message').map((a) => a.text)).toEqual([
      'First, link this chat to your bank account: ask the bank for a link code, then send "link" followed by the code.',
    ]);
  });
});
