import { chatAs } from '../support/chat';
import { createTestBot, type TestBot } from '../support/testBot';
import { conversationBankDb } from './fixtures/conversationBank';

/** French typography: narrow no-break space (before ; ! ? and in « »), no-break space (before :, before €). */
const N = '\u202f';
const S = '\u00a0';

describe('follow-ups keep the request and replace what they name', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await createTestBot({ db: conversationBankDb() });
  });

  it('a balance at the end of a named month is the balance at that day\'s close (fr; English periods in the period tests)', async () => {
    const fr = await chatAs(bot, 'c1');
    expect(await fr.texts('le solde de mon livret A à la fin octobre')).toEqual([
      `Votre solde à la fin du samedi 31 octobre${S}:\nLivret A (FR76${S}••••${S}••••${S}0987)${S}: 5${N}000,00${S}€`,
    ]);
    expect(await fr.texts('et sur le compte courant ?')).toEqual([
      `Votre solde à la fin du samedi 31 octobre${S}:\nCompte courant (FR76${S}••••${S}••••${S}0143)${S}: 1${N}126,99${S}€`,
    ]);
  });

  it('fr: a past balance keeps its day on another account, then moves a month back', async () => {
    const chat = await chatAs(bot, 'c1');
    expect(await chat.texts('quel était mon solde le 1er octobre ?')).toEqual([[
      `Vos soldes à la fin du jeudi 1er octobre${S}:`,
      `• Compte courant (FR76${S}••••${S}••••${S}0143)${S}: 1${N}212,49${S}€`,
      `• LDD (FR76${S}••••${S}••••${S}5512)${S}: 800,00${S}€`,
      `• Livret A (FR76${S}••••${S}••••${S}0987)${S}: 4${N}900,00${S}€`,
    ].join('\n')]);
    expect(await chat.texts('et sur le livret A ?')).toEqual([
      `Votre solde à la fin du jeudi 1er octobre${S}:\nLivret A (FR76${S}••••${S}••••${S}0987)${S}: 4${N}900,00${S}€`,
    ]);
    expect(await chat.texts("et le mois d'avant ?")).toEqual([
      `Votre solde à la fin du mardi 1er septembre${S}:\nLivret A (FR76${S}••••${S}••••${S}0987)${S}: 4${N}700,00${S}€`,
    ]);
  });

  it('fr: a total corrected by period, then by merchant (a shop name alone too), then moved back', async () => {
    const chat = await chatAs(bot, 'c1');
    expect(await chat.texts("combien j'ai dépensé chez Fnac en octobre ?"))
      .toEqual([`Chez Fnac, du 1er au 31 octobre${S}: 25,50${S}€ dépensés en 1 paiement.`]);
    expect(await chat.texts('non, en novembre')).toEqual([`Chez Fnac, du 1er au 29 novembre${S}: 19,99${S}€ dépensés en 1 paiement.`]);
    expect(await chat.texts('Sushi Shop')).toEqual([`Chez Sushi Shop, du 1er au 29 novembre${S}: 32,00${S}€ dépensés en 1 paiement.`]);
    expect(await chat.texts('non plutôt chez Amazon')).toEqual([`Chez Amazon, du 1er au 29 novembre${S}: 45,00${S}€ dépensés en 1 paiement.`]);
    expect(await chat.texts("et le mois d'avant ?")).toEqual([`Chez Amazon, du 1er au 31 octobre${S}: 60,00${S}€ dépensés en 1 paiement.`]);
  });

  it('en: a total corrected by period and moved back; a past balance followed on another account', async () => {
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    expect(await chat.texts('how much did I spend at Tesco in October?')).toEqual(['At Tesco, from 1 to 31 October: €20.00 spent in 1 payment.']);
    expect(await chat.texts('no, I meant November')).toEqual(['At Tesco, from 1 to 29 November: €60.00 spent in 1 payment.']);
    expect(await chat.texts('and the month before?')).toEqual(['At Tesco, from 1 to 31 October: €20.00 spent in 1 payment.']);
    expect(await chat.texts('what was my balance on 1 October?')).toEqual([[
      'Your balances at the end of Thursday 1 October:',
      '• Current account (GB29\u00a0••••\u00a0••••\u00a06819): €295.00',
      '• Easy Saver (GB94\u00a0••••\u00a0••••\u00a03459): €3,000.00',
    ].join('\n')]);
    expect(await chat.texts('and on my savings?')).toEqual(['Your balance at the end of Thursday 1 October:\nEasy Saver (GB94\u00a0••••\u00a0••••\u00a03459): €3,000.00']);
  });

  it('a new data question starts afresh: the merchant of the previous one is dropped', async () => {
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    await chat.texts('how much did I spend at Tesco in October?');
    expect(await chat.texts('how much did I spend in November?')).toEqual(['From 1 to 29 November: €75.00 spent in 2 payments.']);
  });
});
