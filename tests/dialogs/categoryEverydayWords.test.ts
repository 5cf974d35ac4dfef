import { chatAs } from '../support/chat';
import { createTestBot, type TestBot } from '../support/testBot';

const S = '\u00a0';
const N = '\u202f';

/**
 * The outside tester 4's "category dropped, total of all spending given": "food", "the drink", "the shops",
 * the Scots "messages" and vowelless spellings name a category, at the tests' fixed Sunday 29 November
 * 2026. SQL (spending, by category and Paris day): James's restaurants in October 17,42 € in 2; going out
 * 21–22 November none, October 30,51 € in 2; shopping 23–29 November 249,98 € in 2; groceries in October
 * 401,43 € in 7; Camille's groceries 1 July–30 September 1 095,72 € in 23.
 */
describe('a category said in everyday words or misspelt', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await createTestBot();
  });

  it('vowels dropped or one letter slipped still name the category (en)', async () => {
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    expect(await chat.texts('hw mch did i spnd on restrnts lst mnth')).toEqual(['At restaurants, from 1 to 31 October: €17.42 spent in 2 payments.']);
    expect(await chat.texts('how much did I spend on grcries last month')).toEqual(['On groceries, from 1 to 31 October: €401.43 spent in 7 payments.']);
  });

  it('the drink and drinks are going out, the shops shopping (en)', async () => {
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    expect(await chat.texts('how much did I spend on the drink last weekend so, Irish style grand')).toEqual(['Nothing spent on going out, from 21 to 22 November.']);
    expect(await chat.texts('how much did I spend on drinks last month')).toEqual(['On going out, from 1 to 31 October: €30.51 spent in 2 payments.']);
    expect(await chat.texts('how much have I spent at the shops this arvo... er, this week mate')).toEqual(['On shopping, from 23 to 29 November: €249.98 spent in 2 payments.']);
  });

  it('the messages are the groceries with a spending word, texts otherwise (en)', async () => {
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    expect(await chat.texts('how much did I spend on my messages last month')).toEqual(['On groceries, from 1 to 31 October: €401.43 spent in 7 payments.']);
    const [list] = await chat.texts('whit did ah spend oan messages last month');
    expect(list.split('\n')[0]).toBe('Your transactions on groceries, from 1 to 31 October (1–7 of 7):');
    const [texts] = await chat.texts('read my messages');
    expect(texts).not.toContain('groceries');
  });

  it('food is groceries; fast food stays restaurants (en, fr)', async () => {
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    expect(await chat.texts('how much did I spend on food last month')).toEqual(['On groceries, from 1 to 31 October: €401.43 spent in 7 payments.']);
    expect(await chat.texts('how much did I spend on foood last month')).toEqual(['On groceries, from 1 to 31 October: €401.43 spent in 7 payments.']);
    expect(await chat.texts('how much did I spend on fast food last month')).toEqual(['At restaurants, from 1 to 31 October: €17.42 spent in 2 payments.']);
    const french = await chatAs(bot, 'c1', { locale: 'fr-FR', userId: 'user2' });
    expect(await french.texts('Bonjour, pourriez-vous m’indiquer le montant total de mes dépenses alimentaires du trimestre dernier ?'))
      .toEqual([`En courses, du 1er juillet au 30 septembre${S}: 1${N}095,72${S}€ dépensés en 23 paiements.`]);
  });
});
