import { textsFor } from '../../dialogs/texts';
import { chatAs } from '../support/chat';
import { createTestBot, type TestBot } from '../support/testBot';

const S = '\u00a0';

/**
 * "Is my water bill due soon": with a direct debit to a water company in the customer's history, the
 * upcoming payments answer it, that biller's only; with no biller of that bill, it is refused as before.
 */
describe('a bill falling due, from the biller the customer pays', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await createTestBot();
  });

  it('answers the water bill from the Thames Water direct debit, the gas bill from British Gas\'s (en)', async () => {
    const chat = await chatAs(bot, 'c4', { locale: 'en-GB' });
    expect(await chat.texts('is my water bill due soon')).toEqual([
      'Expected from 29 November to 27 December: €112.35 in 1 payment.\n• 3 Dec · Thames Water · €112.35',
    ]);
    expect(await chat.texts('is my gas bill due soon')).toEqual([
      'Expected from 29 November to 27 December: €69.54 in 1 payment.\n• 10 Dec · British Gas · €69.54',
    ]);
  });

  it('refuses the water bill of a customer who pays no water company (en)', async () => {
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    expect(await chat.texts('is my water bill due soon')).toEqual([textsFor('en').notUnderstood]);
  });

  it('answers the water bill from the Eau de Bordeaux Métropole direct debit (fr)', async () => {
    const chat = await chatAs(bot, 'c3');
    expect(await chat.texts('quand tombe ma facture d’eau ?')).toEqual([
      `Prélèvements attendus du 29 novembre au 28 décembre${S}: 96,40${S}€ en 1 paiement.\n• 3 déc. · Eau de Bordeaux Métropole · 96,40${S}€`,
    ]);
  });
});
