import { findPeriods } from '../../../../bot/nlu/periods';
import { foldText } from '../../../../bot/nlu/text/normalize';
import type { Language } from '../../../../bot/nlu/types';

/** Sunday 29 November 2026 and Wednesday 25 November 2026, 10:00 in Paris. */
const SUNDAY = new Date('2026-11-29T10:00:00+01:00');
const WEDNESDAY = new Date('2026-11-25T10:00:00+01:00');

type Row = [expression: string, start: string, end: string];

const periodOf = (text: string, language: Language, now: Date) => findPeriods(foldText(text), language, now, 'Europe/Paris');

describe('weekends, fortnights, counts in words and abbreviations, on Sunday 29 November 2026', () => {
  it.each<Row>([
    ['ce week-end', '2026-11-28', '2026-11-29'],
    ['ce we', '2026-11-28', '2026-11-29'],
    ['le week end dernier', '2026-11-21', '2026-11-22'],
    ['samedi et dimanche derniers', '2026-11-21', '2026-11-22'],
    ['la sem dernière', '2026-11-16', '2026-11-22'],
    ['cette sem', '2026-11-23', '2026-11-29'],
    ['le mois der', '2026-10-01', '2026-10-31'],
    ['les 10 derniers jours', '2026-11-20', '2026-11-29'],
    ['les deux dernières semaines', '2026-11-16', '2026-11-29'],
    ['les quinze derniers jours', '2026-11-15', '2026-11-29'],
    ['la dernière quinzaine', '2026-11-16', '2026-11-29'],
    ['depuis une semaine', '2026-11-23', '2026-11-29'],
  ])('fr "%s" → %s … %s', (expression, start, end) => {
    expect(periodOf(`depenses ${expression} stp`, 'fr', SUNDAY)).toEqual([{ start, end }]);
  });

  it.each<Row>([
    ['over the weekend', '2026-11-28', '2026-11-29'],
    ['this weekend', '2026-11-28', '2026-11-29'],
    ['last weekend', '2026-11-21', '2026-11-22'],
    ['prev month', '2026-10-01', '2026-10-31'],
    ['last wk', '2026-11-16', '2026-11-22'],
    ['in the last two weeks', '2026-11-16', '2026-11-29'],
    ['the past fortnight', '2026-11-16', '2026-11-29'],
    ['the last ten days', '2026-11-20', '2026-11-29'],
    ['past three months', '2026-08-30', '2026-11-29'],
  ])('en "%s" → %s … %s', (expression, start, end) => {
    expect(periodOf(`what did i spend ${expression} pls`, 'en', SUNDAY)).toEqual([{ start, end }]);
  });
});

describe('on a weekday, "the weekend" is the one just past', () => {
  it.each<[string, Language]>([
    ['depenses du week-end', 'fr'], ['depenses du week-end dernier', 'fr'], ['spending over the weekend', 'en'],
    ['spending last weekend', 'en'],
  ])('"%s" → Saturday 21 and Sunday 22 November', (text, language) => {
    expect(periodOf(text, language, WEDNESDAY)).toEqual([{ start: '2026-11-21', end: '2026-11-22' }]);
  });
});
