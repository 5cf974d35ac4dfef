import { findPeriods } from '../../../../bot/nlu/periods';
import { findEntities } from '../../../../bot/nlu/entities';
import { foldText } from '../../../../bot/nlu/text/normalize';
import type { Language } from '../../../../bot/nlu/types';

/** Sunday 29 November 2026 and Friday 27 November 2026, 10:00 in Paris. */
const SUNDAY = new Date('2026-11-29T10:00:00+01:00');
const FRIDAY = new Date('2026-11-27T10:00:00+01:00');

type Row = [expression: string, language: Language, start: string, end: string];
const periodOf = (text: string, language: Language, now: Date) => findPeriods(foldText(text), language, now, 'Europe/Paris');

describe('a past weekday and the unit before last, on Sunday 29 November 2026', () => {
  it.each<Row>([
    ['les achats du mardi dernier', 'fr', '2026-11-24', '2026-11-24'],
    ['le samedi passé', 'fr', '2026-11-28', '2026-11-28'],
    ['dimanche dernier', 'fr', '2026-11-22', '2026-11-22'],
    ['l’avant-dernier mois', 'fr', '2026-09-01', '2026-09-30'],
    ['la semaine avant-dernière', 'fr', '2026-11-09', '2026-11-15'],
    ['on last tuesday', 'en', '2026-11-24', '2026-11-24'],
    ['past sat', 'en', '2026-11-28', '2026-11-28'],
    ['last sunday', 'en', '2026-11-22', '2026-11-22'],
    ['the week before last', 'en', '2026-11-09', '2026-11-15'],
    ['the year before last', 'en', '2024-01-01', '2024-12-31'],
  ])('"%s" (%s) is %s to %s', (text, language, start, end) => {
    expect(periodOf(text, language, SUNDAY)).toEqual([{ start, end }]);
  });

  it('on a Friday, "last friday" is a week ago, not today', () => {
    expect(periodOf('last friday', 'en', FRIDAY)).toEqual([{ start: '2026-11-20', end: '2026-11-20' }]);
    expect(periodOf('vendredi dernier', 'fr', FRIDAY)).toEqual([{ start: '2026-11-20', end: '2026-11-20' }]);
  });

  it('"the month before last" is a period, not a shift of the previous one; "the month before" alone is last month', () => {
    const entities = (text: string, language: Language) => findEntities(foldText(text), language, { now: SUNDAY, timeZone: 'Europe/Paris' });
    expect(entities('spent the month before last', 'en')).toEqual(expect.objectContaining({ period: [{ start: '2026-09-01', end: '2026-09-30' }] }));
    expect(entities('spent the month before last', 'en').periodShift).toBeUndefined();
    expect(entities('dépensé le mois d’avant', 'fr')).toEqual(expect.objectContaining({
      period: [{ start: '2026-10-01', end: '2026-10-31' }], periodShift: [{ unit: 'month', step: -1 }],
    }));
    expect(entities('the week before', 'en').period).toEqual([{ start: '2026-11-16', end: '2026-11-22' }]);
  });
});
