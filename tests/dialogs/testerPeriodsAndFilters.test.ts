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
});
