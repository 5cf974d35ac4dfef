import { chatAs } from '../support/chat';
import { createTestBot, type TestBot } from '../support/testBot';

const N = '\u202f';
const S = '\u00a0';

/**
 * Periods and filters the outside tester found misread, on the demo customers Camille (fr) and James (en),
 * Sunday 29 November 2026. Every figure checked against SQL (spending excludes transfers between own accounts).
 */
describe('periods and filters the outside tester found misread', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await createTestBot();
  });

  it('last Friday is Friday 27 November (fr: the Fnac payment; en: nothing spent)', async () => {
    const fr = await chatAs(bot, 'c1', { userId: 'fr' });
    expect(await fr.texts('dépenses de vendredi dernier')).toEqual([`Votre opération le 27 novembre (1 sur 1)${S}:\n• 27 nov. · Fnac · -362,98${S}€`]);
    expect(await fr.texts('combien j’ai dépensé vendredi dernier ?')).toEqual([`Le 27 novembre${S}: 362,98${S}€ dépensés en 1 paiement.`]);
    const en = await chatAs(bot, 'c2', { userId: 'en', locale: 'en-GB' });
    expect(await en.texts('how much did I spend last friday')).toEqual(['Nothing spent on 27 November.']);
  });

  it('"le mois d’avant" as the first question is October; "the month before last" is September', async () => {
    const fr = await chatAs(bot, 'c1', { userId: 'fr' });
    expect(await fr.texts("combien j'ai dépensé le mois d'avant")).toEqual([`Du 1er au 31 octobre${S}: 1${N}878,74${S}€ dépensés en 23 paiements (hors virements entre vos comptes).`]);
    expect(await fr.texts('combien j’ai dépensé l’avant-dernier mois ?')).toEqual([`Du 1er au 30 septembre${S}: 2${N}101,43${S}€ dépensés en 22 paiements (hors virements entre vos comptes).`]);
    const en = await chatAs(bot, 'c2', { userId: 'en', locale: 'en-GB' });
    expect(await en.texts('how much did I spend the month before last')).toEqual(['From 1 to 30 September: €2,148.93 spent in 25 payments (excluding transfers between your accounts).']);
    // After it, "the month before" moves that question's period back a month.
    expect(await en.texts('how much did I spend the month before')).toEqual(['From 1 to 31 August: €2,043.25 spent in 25 payments (excluding transfers between your accounts).']);
    const fresh = await chatAs(bot, 'c2', { userId: 'fresh', locale: 'en-GB' });
    expect(await fresh.texts('how much did I spend the month before')).toEqual(['From 1 to 31 October: €2,292.32 spent in 25 payments (excluding transfers between your accounts).']);
  });

  it('a period abbreviation is no shop: "prev month" is October, not Pret A Manger', async () => {
    const en = await chatAs(bot, 'c2', { userId: 'en', locale: 'en-GB' });
    expect(await en.texts('how much did i spend prev month')).toEqual(['From 1 to 31 October: €2,292.32 spent in 25 payments (excluding transfers between your accounts).']);
    const fr = await chatAs(bot, 'c1', { userId: 'fr' });
    expect(await fr.texts('combien j’ai dépensé la sem prec')).toEqual([`Du 16 au 22 novembre${S}: 298,15${S}€ dépensés en 6 paiements.`]);
  });

  it('an amount a payment is named by is searched exactly, and none found is said plainly', async () => {
    const fr = await chatAs(bot, 'c1', { userId: 'fr' });
    expect(await fr.texts('c\'était quoi le paiement de 49,99 € ?')).toEqual([`Aucune opération de 49,99${S}€.`]);
    expect(await fr.texts('c\'était quoi le paiement de 13,49 € ?')).toEqual([expect.stringMatching(new RegExp(`^Vos opérations de 13,49${S}€ \\(1 à 10 sur 12\\)${S}:\n• 8 nov\\. · Netflix · -13,49${S}€\n`))]);
    const en = await chatAs(bot, 'c2', { userId: 'en', locale: 'en-GB' });
    expect(await en.texts('what was the 49.99 payment?')).toEqual(['No transactions of €49.99.']);
    expect(await en.texts('what was the 10.99 payment?')).toEqual([expect.stringMatching(/^Your transactions of €10\.99 \(1–10 of 12\):\n• 6 Nov · Netflix · -€10\.99\n/)]);
  });

  it('an account the customer leaves out is left out (pas le livret, sauf le LA, not the savings)', async () => {
    const fr = await chatAs(bot, 'c1', { userId: 'fr' });
    expect(await fr.texts('mon solde du compte courant, pas le livret')).toEqual([`Compte courant (FR76${S}••••${S}••••${S}0143)${S}: 3${N}482,15${S}€`]);
    expect(await fr.texts('le solde du compte courant sauf le LA')).toEqual([`Compte courant (FR76${S}••••${S}••••${S}0143)${S}: 3${N}482,15${S}€`]);
    const en = await chatAs(bot, 'c2', { userId: 'en', locale: 'en-GB' });
    expect(await en.texts('I want my current account balance, not the savings')).toEqual([`Current account (GB29${S}••••${S}••••${S}6819): €2,916.40`]);
  });

  it('what was bought with the card is money out in both languages: card repayments are no purchases', async () => {
    const fr = await chatAs(bot, 'c1', { userId: 'fr' });
    expect(await fr.texts('qu’est-ce que j’ai acheté avec ma carte récemment ?')).toEqual([expect.stringMatching(new RegExp(`^Vos opérations sur Carte Visa Premier \\(1 à 10 sur 21\\)${S}:\n• 28 nov\\. · Decathlon · -119,99${S}€ \\(en attente\\)\n`))]);
    const en = await chatAs(bot, 'c2', { userId: 'en', locale: 'en-GB' });
    const [purchases] = await en.texts('what did i buy with my card lately');
    expect(purchases).toMatch(/^Your transactions on Visa credit card \(1–10 of 18\):\n• 26 Nov · Amazon · -€84\.98\n• 24 Nov · John Lewis · -€165\.00\n/);
    expect(purchases).not.toContain('PAYMENT RECEIVED');
  });

  it('transfers received are money others sent, the salary included, own-account transfers left out (and said)', async () => {
    const fr = await chatAs(bot, 'c1', { userId: 'fr' });
    expect(await fr.texts('j\'ai reçu des virements cette semaine ?')).toEqual([`Vos revenus du 23 au 29 novembre${S}: 2${N}500,00${S}€ en 1 versement (hors virements entre vos comptes).\n• Thales${S}: 2${N}500,00${S}€`]);
    expect(await fr.texts('des virements reçus ce mois-ci ?')).toEqual([`Vos revenus du 1er au 29 novembre${S}: 2${N}500,00${S}€ en 1 versement (hors virements entre vos comptes).\n• Thales${S}: 2${N}500,00${S}€`]);
    const en = await chatAs(bot, 'c2', { userId: 'en', locale: 'en-GB' });
    expect(await en.texts('any transfers in this week?')).toEqual(['Your transaction from 23 to 29 November, excluding transfers between your accounts (1 of 1):\n• 25 Nov · Globex Ltd · +€2,650.00']);
    expect(await en.texts('transfers received in November')).toEqual(['Your income from 1 to 29 November: €2,650.00 in 1 payment (excluding transfers between your accounts).\n• Globex Ltd: €2,650.00']);
  });

  it('fuel is no category of the data: with no station among the transport payments, none is said', async () => {
    const fr = await chatAs(bot, 'c1', { userId: 'fr' });
    expect(await fr.texts('Combien ai-je dépensé en carburant depuis septembre ?')).toEqual([`Aucun achat de carburant du 1er septembre au 29 novembre${S}: aucune station-service parmi vos transports.`]);
    const en = await chatAs(bot, 'c2', { userId: 'en', locale: 'en-GB' });
    expect(await en.texts('how much did I spend on fuel since September')).toEqual(['No fuel purchase from 1 September to 29 November: no petrol station among your transport payments.']);
    // A category asked for as such gets no such note.
    expect(await en.texts('how much did I spend on transport since September')).toEqual(['On transport, from 1 September to 29 November: €109.98 spent in 14 payments.']);
  });
});
