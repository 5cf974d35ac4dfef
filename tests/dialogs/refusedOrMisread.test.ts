import { chatAs } from '../support/chat';
import { createTestBot, type TestBot } from '../support/testBot';

const N = '\u202f';
const S = '\u00a0';

const BALANCES_FR = `Vos soldes${S}:\n• Compte courant (FR76${S}••••${S}••••${S}0143)${S}: 3${N}482,15${S}€\n• Livret A (FR76${S}••••${S}••••${S}0987)${S}: 12${N}452,07${S}€\n• Carte Visa Premier (••••${S}4242)${S}: -1${N}071,77${S}€`;
const BALANCES_EN = `Your balances:\n• Current account (GB29${S}••••${S}••••${S}6819): €2,916.40\n• Easy Saver (GB94${S}••••${S}••••${S}3459): €8,240.00\n• Visa credit card (••••${S}1881): -€558.38`;
const NOTHING_SAID_FR = 'Je n’ai pas compris votre message. Demandez-moi par exemple votre solde ou vos dernières opérations.';
const NOTHING_SAID_EN = 'I didn’t get that. Ask me for your balance or your latest transactions, for example.';

/**
 * In-scope questions an outside tester found refused or misread (#12), as typed, on the demo customers
 * Camille (fr) and James (en), Sunday 29 November 2026. Figures checked against SQL: Camille's income this
 * year 27 500,00 € in 11 Thales salaries, the last on Fri 27 Nov; James's last Globex salary Wed 25 Nov;
 * today's spending 18,40 € at Uber (fr) and €7.45 at Pret A Manger (en), both pending.
 */
describe('questions refused or misread', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await createTestBot();
  });

  it.each([
    ['quels sont mes revenus depuis le début de l’année', `Vos revenus du 1er janvier au 29 novembre${S}: 27${N}500,00${S}€ en 11 versements (hors virements entre vos comptes).\n• Thales${S}: 27${N}500,00${S}€ (11 versements)`],
    ['quand est-ce que j’ai été payé la dernière fois', `Le vendredi 27 novembre (il y a 2 jours)${S}: 2${N}500,00${S}€ de Thales, sur Compte courant.`],
    ['montant de mon dernier salaire', `Oui${S}: 2${N}500,00${S}€ de Thales sont arrivés le vendredi 27 novembre (il y a 2 jours), sur Compte courant.`],
    ['slt sa va ? cmb g depenc ojourdui', `Le 29 novembre${S}: 18,40${S}€ dépensés en 1 paiement, dont 18,40${S}€ en attente.`],
    ['<script>alert(1)</script> solde', BALANCES_FR],
    ['<img src=x onerror=alert(1)> **gras** [lien](javascript:alert(1)) solde', BALANCES_FR],
  ])('income, SMS spellings and markup (fr): %j', async (text, reply) => {
    const chat = await chatAs(bot, 'c1');
    expect(await chat.texts(text)).toEqual([reply]);
  });

  it.each([
    ['when was my last paycheck', 'On Wednesday 25 November (4 days ago): €2,650.00 from Globex Ltd, on Current account.'],
    ['amazon total this year', 'At Amazon, from 1 January to 29 November: €213.90 spent in 5 payments.'],
    ['hw much did i spnd tday', 'On 29 November: €7.45 spent in 1 payment, of which €7.45 pending.'],
  ])('income, a shop total and SMS spellings (en): %j', async (text, reply) => {
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    expect(await chat.texts(text)).toEqual([reply]);
  });

  it('after a balance and a thank-you, "et mes dépenses de la semaine ?" asks for this week’s spending (fr)', async () => {
    const chat = await chatAs(bot, 'c1');
    expect(await chat.texts('mon solde')).toEqual([BALANCES_FR]);
    expect(await chat.texts('merci')).toEqual([`Avec plaisir${N}! Autre chose${N}?`]);
    expect(await chat.texts('et mes dépenses de la semaine ?')).toEqual([`Vos opérations du 23 au 29 novembre, hors virements entre vos comptes (1 à 9 sur 9)${S}:\n`
      + `• 29 nov. · Uber · -18,40${S}€ (en attente)\n• 28 nov. · Decathlon · -119,99${S}€ (en attente)\n• 28 nov. · Monoprix · -23,65${S}€ (en attente)\n`
      + `• 28 nov. · SNCF · -49,77${S}€\n• 27 nov. · Fnac · -362,98${S}€\n• 26 nov. · Carrefour · -83,89${S}€\n• 25 nov. · Pharmacie Lafayette · -26,26${S}€\n`
      + `• 25 nov. · Boulanger · -499,00${S}€\n• 23 nov. · Lidl · -46,89${S}€`]);
  });

  it('after a balance and a thank-you, "and my spending this week?" asks for this week’s spending (en)', async () => {
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    expect(await chat.texts('my balance')).toEqual([BALANCES_EN]);
    expect(await chat.texts('thanks')).toEqual(['You’re welcome! Anything else?']);
    expect(await chat.texts('and my spending this week?')).toEqual(['Your transactions from 23 to 29 November, excluding transfers between your accounts (1–8 of 8):\n'
      + '• 29 Nov · Pret A Manger · -€7.45 (pending)\n• 28 Nov · Lidl · -€39.61\n• 28 Nov · Nando\'s · -€42.24\n• 26 Nov · Amazon · -€84.98\n'
      + '• 26 Nov · Pret A Manger · -€11.01\n• 25 Nov · Tesco · -€55.83\n• 25 Nov · Odeon · -€18.75\n• 24 Nov · John Lewis · -€165.00']);
  });

  it('a mean of anything but spending, or advice, is declined plainly, with the spending insights offered (fr, en)', async () => {
    const fr = await chatAs(bot, 'c1');
    const [average] = await fr.say('quelle est la moyenne de mon livret');
    expect(average.text).toBe('Je ne calcule que la moyenne de vos dépenses, par mois ou par semaine. Je peux aussi vous donner le total d’un mois, ou comparer les dépenses de ce mois-ci à d’habitude.');
    expect(average.suggestedActions?.actions.map((a) => a.title)).toEqual(['Répartition', 'Vs d’habitude', 'Dernières opérations']);
    const en = await chatAs(bot, 'c2', { locale: 'en-GB', userId: 'user2' });
    expect(await en.texts('what is my average balance')).toEqual(['I only work out the average of your spending, per month or per week. I can also give you the total of any month, or compare this month’s spending with the usual.']);
    const [advice] = await en.say('how can I save money');
    expect(advice.text).toBe('I can’t give advice on money here. I can show you where your money goes: your spending by category, or this month against the usual.');
    expect(advice.suggestedActions?.actions.map((a) => a.title)).toEqual(['Spending breakdown', 'Vs usual', 'Latest transactions']);
  });

  it('"stp" after a balance is politeness, not "stop"; empty or markup-only messages are never handed to an adviser (fr, en)', async () => {
    const fr = await chatAs(bot, 'c1');
    expect(await fr.texts('solde')).toEqual([BALANCES_FR]);
    expect(await fr.texts('stp')).toEqual([NOTHING_SAID_FR]);
    for (const text of ['', '   ', '\u200b\u200b\u200b', '<img src=x>', '<b></b>']) expect(await fr.texts(text)).toEqual([NOTHING_SAID_FR]);
    const en = await chatAs(bot, 'c2', { locale: 'en-GB', userId: 'user2' });
    for (const text of ['', '<script>alert(1)</script>', '   ']) expect(await en.texts(text)).toEqual([NOTHING_SAID_EN]);
  });
});
