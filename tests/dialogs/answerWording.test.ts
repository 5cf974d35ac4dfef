import { chatAs } from '../support/chat';
import { createTestBot, type TestBot } from '../support/testBot';
import { MAX_QUICK_REPLY_TITLE } from '../../dialogs/replies';
import { textsFor } from '../../dialogs/texts';

const N = '\u202f';
const S = '\u00a0';

/**
 * Wording the outside tester found awkward (report, kind F), at the tests' fixed Sunday 29 November 2026.
 * SQL: Camille's salary Thales 2 500,00 € on 27 October and 27 November, restaurants in November Sushi Shop
 * 26,99 € (8th) and Big Mamma 27,31 € (17th); James's salary Globex Ltd €2,650.00 on 25 October and
 * 25 November, restaurants in November on the 2nd, 5th, 7th, 26th, 28th and 29th, none from 10 to 20.
 */
describe('answer wording', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await createTestBot();
  });

  it('the salary is "votre salaire", and nothing in a category is said one way, list or total (fr)', async () => {
    const chat = await chatAs(bot, 'c1');
    expect(await chat.texts('mes revenus en salaire en novembre')).toEqual([`Votre salaire du 1er au 29 novembre${S}: 2${N}500,00${S}€ en 1 versement.\n• Thales${S}: 2${N}500,00${S}€`]);
    expect(await chat.texts('combien de salaire j’ai touché en octobre')).toEqual([`Votre salaire du 1er au 31 octobre${S}: 2${N}500,00${S}€ en 1 versement.\n• Thales${S}: 2${N}500,00${S}€`]);
    expect(await chat.texts('mes opérations en restaurants du 1er au 5 novembre')).toEqual(['Aucune dépense en restaurants, du 1er au 5 novembre.']);
    expect(await chat.texts('combien en restaurants du 1er au 5 novembre')).toEqual(['Aucune dépense en restaurants, du 1er au 5 novembre.']);
  });

  it('"your salary", and "at restaurants" (en)', async () => {
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    expect(await chat.texts('my income from salary in november')).toEqual(['Your salary from 1 to 29 November: €2,650.00 in 1 payment.\n• Globex Ltd: €2,650.00']);
    expect(await chat.texts('how much salary did I get in October')).toEqual(['Your salary from 1 to 31 October: €2,650.00 in 1 payment.\n• Globex Ltd: €2,650.00']);
    const [list] = await chat.texts('my restaurant transactions this month');
    expect(list.split('\n')[0]).toBe('Your transactions at restaurants, from 1 to 29 November (1–6 of 6):');
    expect(await chat.texts('my restaurant transactions from 10 to 20 November')).toEqual(['Nothing spent at restaurants, from 10 to 20 November.']);
    expect(await chat.texts('how much at restaurants from 10 to 20 November')).toEqual(['Nothing spent at restaurants, from 10 to 20 November.']);
  });

  it.each(['fr', 'en'] as const)('every alert setting quick reply fits a Messenger title whole (%s)', (language) => {
    const titles = Object.values(textsFor(language).notificationQuick).map((quick) => (typeof quick === 'string' ? quick : quick.title));
    expect(titles.filter((title) => title.length > MAX_QUICK_REPLY_TITLE)).toEqual([]);
    if (language === 'en') expect(titles).toContain('Unusual spend alerts');
  });
});
