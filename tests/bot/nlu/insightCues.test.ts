import type { BankRecognizer } from '../../../bot/nlu/recognizer';
import type { RecognizeOptions } from '../../../bot/nlu/types';
import { testRecognizer } from '../../support/recognizer';

const OPTIONS: RecognizeOptions = { now: new Date('2026-11-29T10:00:00+01:00'), timeZone: 'Europe/Paris' };

/** Spending set against another period, and a chart of the spending, said outright in either language. */
describe('insights the words say outright', () => {
  let recognizer: BankRecognizer;
  beforeAll(async () => {
    recognizer = await testRecognizer();
  });
  const read = (text: string, localeHint: string) => recognizer.recognize(text, { ...OPTIONS, localeHint });
  const topIntent = (text: string, localeHint: string): string => Object.keys(read(text, localeHint).intents)[0];

  it.each([
    ["j'ai dépensé plus ce mois-ci que le mois dernier ?", 'fr-FR'],
    ["compare mes dépenses d'octobre et de novembre", 'fr-FR'],
    ["j'ai dépensé combien de plus qu'en octobre ?", 'fr-FR'],
    ['comparer octobre et novembre', 'fr-FR'],
    ['did i spend more this month than last month', 'en-GB'],
    ['compare october and november spending', 'en-GB'],
    ['how much less did I spend in November than in October?', 'en-GB'],
  ])('"%s" compares two periods', (text, locale) => {
    expect(topIntent(text, locale)).toBe('SpendingComparison');
  });

  it('returns both periods named, in reading order', () => {
    expect(read("compare mes dépenses d'octobre et de novembre", 'fr-FR').entities.period).toEqual([
      { start: '2026-10-01', end: '2026-10-31' }, { start: '2026-11-01', end: '2026-11-29' },
    ]);
    expect(read('did i spend more this month than last month', 'en-GB').entities.period).toEqual([
      { start: '2026-11-01', end: '2026-11-29' }, { start: '2026-10-01', end: '2026-10-31' },
    ]);
  });

  it.each([
    ['mes dépenses de plus de 50 € que j’ai faites ce mois-ci', 'fr-FR', 'Transactions'],
    ['payments of more than 50 pounds last month', 'en-GB', 'Transactions'],
    ['compare mon solde d’octobre et de novembre', 'fr-FR', 'Balance'],
  ])('leaves "%s" to the classifier (an amount, or other money than spending)', (text, locale, intent) => {
    expect(topIntent(text, locale)).toBe(intent);
  });

  it.each([
    ['show me the spending chart', 'en-GB'], ['draw me a chart of my spending', 'en-GB'],
    ['un graphique de mes dépenses', 'fr-FR'], ['dessine-moi le camembert de mes dépenses', 'fr-FR'],
  ])('"%s" asks for the breakdown chart', (text, locale) => {
    expect(topIntent(text, locale)).toBe('SpendingBreakdown');
  });
});
