import { chatAs } from '../support/chat';
import { createTestBot, type TestBot } from '../support/testBot';

const S = '\u00a0';

/**
 * A category or a biller said in everyday words is kept, never dropped for the whole total (the outside
 * tester's report, kind C), at the tests' fixed Sunday 29 November 2026. SQL: James's going out (category
 * entertainment) Odeon 15,22 € and 15,29 € in October, 18,75 € on 25 November; British Gas 59,85 € on
 * 10 November, 73,88 € on 10 October, 717,85 € in 11 payments from 1 January to 29 November (Emily's
 * 741,14 € in 11); Camille pays no gas supplier and no petrol station.
 */
describe('the pub, gas and the gas bill', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await createTestBot();
  });

  it('the pub and the bar are going out (en, fr)', async () => {
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    expect(await chat.texts('how much have I spent down the pub this month')).toEqual(['On going out, from 1 to 29 November: €18.75 spent in 1 payment.']);
    expect(await chat.texts('at the pub last month')).toEqual(['Your transactions on going out, from 1 to 31 October (1–2 of 2):\n• 4 Oct · Odeon · -€15.29\n• 2 Oct · Odeon · -€15.22']);
    expect(await chat.texts('how much did I spend at the bar in October')).toEqual(['On going out, from 1 to 31 October: €30.51 spent in 2 payments.']);
    const french = await chatAs(bot, 'c2', { locale: 'fr-FR', userId: 'user2' });
    expect(await french.texts('combien j’ai dépensé au bar le mois dernier')).toEqual([`En loisirs, du 1er au 31 octobre${S}: 30,51${S}€ dépensés en 2 paiements.`]);
  });

  it('the gas bill is the gas supplier’s payments; gas alone is that supplier, for a customer who pays one (en)', async () => {
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    expect(await chat.texts('how much was my gas bill this year')).toEqual(['At British Gas, from 1 January to 29 November: €717.85 spent in 11 payments.']);
    const [list] = await chat.texts('gas bill this year');
    expect(list.split('\n').slice(0, 2)).toEqual(['Your transactions at British Gas, from 1 January to 29 November (1–10 of 11):', '• 10 Nov · British Gas · -€59.85']);
    expect(await chat.texts('how much did I spend on gas this month')).toEqual(['At British Gas, from 1 to 29 November: €59.85 spent in 1 payment.']);
    expect(await chat.texts('how much did I spend on gas last month')).toEqual(['At British Gas, from 1 to 31 October: €73.88 spent in 1 payment.']);
    expect(await chat.texts('pay my gas bill')).toEqual(['Sorry, I can’t help with that here. I can give you balances, transactions, receipts and delivery dates.']);
    const emily = await chatAs(bot, 'c4', { locale: 'en-GB', userId: 'user3' });
    expect(await emily.texts('how much was my gas bill this year')).toEqual(['At British Gas, from 1 January to 29 November: €741.14 spent in 11 payments.']);
  });

  it('gas alone, for a customer who pays no gas supplier, is fuel, never the whole total (en)', async () => {
    const chat = await chatAs(bot, 'c1', { locale: 'en-GB' });
    expect(await chat.texts('how much did I spend on gas this month')).toEqual(['No fuel purchase from 1 to 29 November: no petrol station among your transport payments.']);
  });
});
