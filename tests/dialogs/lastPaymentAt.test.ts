import { chatAs } from '../support/chat';
import { createTestBot, type TestBot } from '../support/testBot';

const S = '\u00a0';

/**
 * "When did I last pay at Tesco" asks for one payment, not a period's total nor income (the outside tester 4,
 * EN36 and FR36), at the tests' fixed Sunday 29 November 2026. SQL: James's latest Tesco payment 25 November
 * 55,83 €, in October 28 October 82,33 €; his latest groceries Lidl 28 November 39,61 €; Camille's latest
 * Carrefour payment 26 November 83,89 €.
 */
describe('the last payment at a shop', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await createTestBot();
  });

  it('gives the day and the amount of the newest payment there (en)', async () => {
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    const tesco = ['Your last payment at Tesco: €55.83, on Wednesday 25 November (4 days ago).'];
    expect(await chat.texts('when did I last pay at tesco and how much')).toEqual(tesco);
    expect(await chat.texts('when did I last pay at Tesco')).toEqual(tesco);
    expect(await chat.texts('when did I last pay at Tesco last month')).toEqual(['Your last payment at Tesco, from 1 to 31 October: €82.33, on Wednesday 28 October (32 days ago).']);
    expect(await chat.texts('when did I last buy groceries')).toEqual(['Your last payment on groceries: Lidl, €39.61, on Saturday 28 November (yesterday).']);
  });

  it('gives the day and the amount of the newest payment there (fr)', async () => {
    const chat = await chatAs(bot, 'c1', { locale: 'fr-FR' });
    const carrefour = [`Votre dernier paiement chez Carrefour${S}: 83,89${S}€, le jeudi 26 novembre (il y a 3 jours).`];
    expect(await chat.texts('quand ai-je payé chez Carrefour pour la dernière fois')).toEqual(carrefour);
    expect(await chat.texts('la dernière fois que j’ai payé chez carrefour c’était quand et combien')).toEqual(carrefour);
  });
});
