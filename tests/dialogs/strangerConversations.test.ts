import { chatAs } from '../support/chat';
import { createTestBot, type TestBot } from '../support/testBot';

const N = '\u202f';
const S = '\u00a0';

/**
 * Conversations a stranger wrote in styles the corpus lacks (follow-ups, corrections, plurals), on the
 * demo customers Camille (fr) and James (en), Sunday 29 November 2026. Every figure was checked against
 * SQL on the demo database: balances derived back from the current one by the booked movements after the
 * day, totals excluding transfers between own accounts (e.g. Carrefour in September 285,56 € in 4 payments,
 * Tesco in October €277.69 in 4, James's card at the close of 31 October -€179.98).
 */
describe('stranger conversations on the demo bank', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await createTestBot();
  });

  it('balances account by account, then a Fnac total corrected and moved back, then another shop (fr)', async () => {
    const chat = await chatAs(bot, 'c1');
    expect(await chat.texts('combien me reste-t-il sur le compte courant ?')).toEqual([`Compte courant (FR76${S}••••${S}••••${S}0143)${S}: 3${N}482,15${S}€`]);
    expect(await chat.texts('et sur le livret ?')).toEqual([`Livret A (FR76${S}••••${S}••••${S}0987)${S}: 12${N}452,07${S}€`]);
    expect(await chat.texts('et la carte ?')).toEqual([`Carte Visa Premier (••••${S}4242)${S}: -1${N}071,77${S}€`]);
    expect(await chat.texts('j’ai dépensé combien chez Fnac en novembre ?')).toEqual([`Chez Fnac, du 1er au 29 novembre${S}: 362,98${S}€ dépensés en 1 paiement.`]);
    expect(await chat.texts('non, en octobre')).toEqual(['Aucune dépense chez Fnac, du 1er au 31 octobre.']);
    expect(await chat.texts('et le mois d’avant ?')).toEqual(['Aucune dépense chez Fnac, du 1er au 30 septembre.']);
    expect(await chat.texts('plutôt chez Carrefour')).toEqual([`Chez Carrefour, du 1er au 30 septembre${S}: 285,56${S}€ dépensés en 4 paiements.`]);
  });

  it('a category, the biggest expense moved to another month, yesterday on the card, income (fr)', async () => {
    const chat = await chatAs(bot, 'c1');
    expect(await chat.texts('combien en restaurants le mois dernier ?')).toEqual([`En restaurants, du 1er au 31 octobre${S}: 66,35${S}€ dépensés en 2 paiements.`]);
    expect(await chat.texts('ma plus grosse dépense en octobre')).toEqual([`Votre plus grosse dépense du 1er au 31 octobre${S}: Foncia, 1${N}150,00${S}€, le vendredi 2 octobre.`]);
    expect(await chat.texts('et en novembre ?')).toEqual([`Votre plus grosse dépense du 1er au 29 novembre${S}: Foncia, 1${N}150,00${S}€, le lundi 2 novembre.`]);
    expect(await chat.texts('les opérations de la carte hier')).toEqual([`Votre opération sur Carte Visa Premier, le 28 novembre (1 sur 1)${S}:\n• 28 nov. · Decathlon · -119,99${S}€ (en attente)`]);
    expect(await chat.texts('combien j’ai reçu en novembre ?')).toEqual([`Vos revenus du 1er au 29 novembre${S}: 2${N}500,00${S}€ en 1 versement (hors virements entre vos comptes).\n• Thales${S}: 2${N}500,00${S}€`]);
  });

  it('a past balance followed on one account, moved a month back, then earnings (fr)', async () => {
    const chat = await chatAs(bot, 'c1');
    expect(await chat.texts('quel était mon solde le 1er novembre ?')).toEqual([`Vos soldes à la fin du dimanche 1er novembre${S}:\n• Compte courant (FR76${S}••••${S}••••${S}0143)${S}: 3${N}366,15${S}€\n• Livret A (FR76${S}••••${S}••••${S}0987)${S}: 11${N}982,07${S}€\n• Carte Visa Premier (••••${S}4242)${S}: -90,79${S}€`]);
    expect(await chat.texts('et sur le livret A ?')).toEqual([`Votre solde à la fin du dimanche 1er novembre${S}:\nLivret A (FR76${S}••••${S}••••${S}0987)${S}: 11${N}982,07${S}€`]);
    expect(await chat.texts('et le mois d’avant ?')).toEqual([`Votre solde à la fin du jeudi 1er octobre${S}:\nLivret A (FR76${S}••••${S}••••${S}0987)${S}: 11${N}512,07${S}€`]);
    expect(await chat.texts('combien j’ai gagné en octobre ?')).toEqual([`Vos revenus du 1er au 31 octobre${S}: 2${N}500,00${S}€ en 1 versement (hors virements entre vos comptes).\n• Thales${S}: 2${N}500,00${S}€`]);
  });

  it('balances account by account, a balance "in October" is its close, a Tesco total corrected and moved back (en)', async () => {
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    expect(await chat.texts('how much is on my current account?')).toEqual([`Current account (GB29${S}••••${S}••••${S}6819): €2,916.40`]);
    expect(await chat.texts('and the savings?')).toEqual([`Easy Saver (GB94${S}••••${S}••••${S}3459): €8,240.00`]);
    expect(await chat.texts('and on my card?')).toEqual([`Visa credit card (••••${S}1881): -€558.38`]);
    expect(await chat.texts('no, in October')).toEqual([`Your balance at the end of Saturday 31 October:\nVisa credit card (••••${S}1881): -€179.98`]);
    expect(await chat.texts('how much did I spend at Tesco in November?')).toEqual(['At Tesco, from 1 to 29 November: €214.58 spent in 4 payments.']);
    expect(await chat.texts('no, in October')).toEqual(['At Tesco, from 1 to 31 October: €277.69 spent in 4 payments.']);
    expect(await chat.texts('and the month before?')).toEqual(['At Tesco, from 1 to 30 September: €228.43 spent in 4 payments.']);
  });

  it('a category, the biggest expense moved to another month, yesterday on the card, income (en)', async () => {
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    expect(await chat.texts('how much on restaurants last month?')).toEqual(['At restaurants, from 1 to 31 October: €17.42 spent in 2 payments.']);
    expect(await chat.texts('my biggest expense in October')).toEqual(['Your biggest expense from 1 to 31 October: Foxtons, €1,450.00, on Thursday 1 October.']);
    expect(await chat.texts('and in November?')).toEqual(['Your biggest expense from 1 to 29 November: Foxtons, €1,450.00, on Sunday 1 November.']);
    expect(await chat.texts('card transactions yesterday')).toEqual(['No transactions on Visa credit card, on 28 November.']);
    expect(await chat.texts('how much did I receive in November?')).toEqual(['Your income from 1 to 29 November: €2,650.00 in 1 payment (excluding transfers between your accounts).\n• Globex Ltd: €2,650.00']);
  });

  it('a past balance followed on one account, moved a month back, then earnings (en)', async () => {
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    expect(await chat.texts('what was my balance on 1 November?')).toEqual([`Your balances at the end of Sunday 1 November:\n• Current account (GB29${S}••••${S}••••${S}6819): €1,694.23\n• Easy Saver (GB94${S}••••${S}••••${S}3459): €7,690.00\n• Visa credit card (••••${S}1881): -€179.98`]);
    expect(await chat.texts('and on the savings account?')).toEqual([`Your balance at the end of Sunday 1 November:\nEasy Saver (GB94${S}••••${S}••••${S}3459): €7,690.00`]);
    expect(await chat.texts('and the month before?')).toEqual([`Your balance at the end of Thursday 1 October:\nEasy Saver (GB94${S}••••${S}••••${S}3459): €7,140.00`]);
    expect(await chat.texts('how much did I earn in October?')).toEqual(['Your income from 1 to 31 October: €2,650.00 in 1 payment (excluding transfers between your accounts).\n• Globex Ltd: €2,650.00']);
  });

  it('"payments over €100" lists money out only, £100 is not read as euros; "my payments received" is money in (en)', async () => {
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    // The accounts are in euros: 100 pounds is not 100 euros (#18).
    expect(await chat.texts('payments over £100 in November')).toEqual([
      'Your accounts are in euros, and I don’t convert pounds sterling. Ask again with an amount in euros, for example “over 50”.',
    ]);
    expect(await chat.texts('payments over €100 in November')).toEqual([[
      'Your transactions over €100.00, from 1 to 29 November, excluding transfers between your accounts (1–4 of 4):',
      '• 24 Nov · John Lewis · -€165.00', '• 21 Nov · Argos · -€129.99', '• 14 Nov · easyJet · -€155.43', '• 1 Nov · Foxtons · -€1,450.00',
    ].join('\n')]);
    // Money coming in is Income (#12): what came in over the period, and who paid it.
    expect(await chat.texts('my payments received in November')).toEqual([
      'Your income from 1 to 29 November: €2,650.00 in 1 payment (excluding transfers between your accounts).\n• Globex Ltd: €2,650.00',
    ]);
  });
});
