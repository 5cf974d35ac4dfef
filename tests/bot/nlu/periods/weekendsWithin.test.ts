import { findEntities } from '../../../../bot/nlu/entities';
import { foldText } from '../../../../bot/nlu/text/normalize';
import type { Language } from '../../../../bot/nlu/types';

/** Sunday 29 November 2026 and Wednesday 2 December 2026, 10:00 in Paris (jest pins TZ to Europe/Paris too). */
const SUNDAY = new Date('2026-11-29T10:00:00+01:00');
const WEDNESDAY = new Date('2026-12-02T10:00:00+01:00');

const read = (text: string, language: Language, now = SUNDAY) => {
  const { period, dayKind } = findEntities(foldText(text), language, { now, timeZone: 'Europe/Paris' });
  return { period, dayKind };
};

type Row = [text: string, language: Language, start: string, end: string];

describe('weekends inside a longer period', () => {
  it.each<Row>([
    ['les week-ends du mois dernier', 'fr', '2026-10-01', '2026-10-31'],
    ["combien j'ai dépensé le week-end le mois dernier", 'fr', '2026-10-01', '2026-10-31'],
    ['mes dépenses des samedis et dimanches en octobre', 'fr', '2026-10-01', '2026-10-31'],
    ['les week-ends de cette année', 'fr', '2026-01-01', '2026-11-29'],
    ['how much did I spend on weekends last month', 'en', '2026-10-01', '2026-10-31'],
    ['at weekends in September', 'en', '2026-09-01', '2026-09-30'],
    ['weekend spending this month', 'en', '2026-11-01', '2026-11-29'],
  ])('%j is the period %s … %s, its Saturdays and Sundays only', (text, language, start, end) => {
    expect(read(text, language)).toEqual({ period: [{ start, end }], dayKind: ['weekend'] });
  });

  it.each<[string, Language]>([['combien je dépense les week-ends', 'fr'], ['what do I spend at weekends', 'en']])(
    '%j: weekends in general, within the period the question takes when it names none', (text, language) => {
      expect(read(text, language)).toEqual({ period: undefined, dayKind: ['weekend'] });
    },
  );
});

describe('one weekend is a period of its own, its Saturday and Sunday', () => {
  it.each<[text: string, language: Language, start: string, end: string, now: Date]>([
    ['ce week-end', 'fr', '2026-11-28', '2026-11-29', SUNDAY],
    ['le week-end dernier', 'fr', '2026-11-21', '2026-11-22', SUNDAY],
    ['this weekend', 'en', '2026-11-28', '2026-11-29', SUNDAY],
    ['last weekend', 'en', '2026-11-21', '2026-11-22', SUNDAY],
    // On a Wednesday, "this weekend" is the one just past, as is "last weekend": nothing has happened yet in the next one.
    ['ce week-end', 'fr', '2026-11-28', '2026-11-29', WEDNESDAY],
    ['le week-end dernier', 'fr', '2026-11-28', '2026-11-29', WEDNESDAY],
    ['the weekend before last', 'en', '2026-11-21', '2026-11-22', WEDNESDAY],
  ])('%j (%s) is %s … %s', (text, language, start, end, now) => {
    expect(read(`combien j'ai dépensé ${text}`, language, now)).toEqual({ period: [{ start, end }], dayKind: undefined });
  });
});
