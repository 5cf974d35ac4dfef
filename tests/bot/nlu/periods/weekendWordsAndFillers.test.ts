import { findEntities } from '../../../../bot/nlu/entities';
import { foldText } from '../../../../bot/nlu/text/normalize';
import type { Language } from '../../../../bot/nlu/types';
import { DEC_2, periodsOf, type PeriodRow } from '../../../support/periodsAt';

describe('"la fin de semaine" (Québec) is the weekend', () => {
  it.each<PeriodRow>([
    ['la fin de semaine passée', '2026-11-28', '2026-11-29'],
    ['la fin de semaine dernière', '2026-11-28', '2026-11-29'],
    ['la dernière fin de semaine', '2026-11-28', '2026-11-29'],
    ['en fin de semaine', '2026-11-28', '2026-11-29'],
    ['cette fin de semaine', '2026-11-28', '2026-11-29'],
  ])('fr "%s" → %s … %s', (expression, start, end) => {
    expect(periodsOf(`combien j'ai depense ${expression} stp`, 'fr')).toEqual([{ start, end }]);
  });

  it('on a Sunday, "passée" is the weekend before, as "le week-end dernier" is', () => {
    const sunday = new Date('2026-11-29T10:00:00+01:00');
    expect(periodsOf('la fin de semaine passee', 'fr', sunday)).toEqual([{ start: '2026-11-21', end: '2026-11-22' }]);
    expect(periodsOf('en fin de semaine', 'fr', sunday)).toEqual([{ start: '2026-11-28', end: '2026-11-29' }]);
  });

  it('"la semaine passée" alone stays the week', () => {
    expect(periodsOf('la semaine passee', 'fr')).toEqual([{ start: '2026-11-23', end: '2026-11-29' }]);
  });
});

describe('spoken fillers after "since" / "depuis" do not break the period', () => {
  it.each<[string, Language, string, string]>([
    ['how much at tesco since like the start of november', 'en', '2026-11-01', '2026-12-02'],
    ['since, um, the 3rd of november', 'en', '2026-11-03', '2026-12-02'],
    ["combien j'ai claque chez carrefour euh depuis genre début novembre", 'fr', '2026-11-01', '2026-12-02'],
    ['depuis euh genre le 3 novembre', 'fr', '2026-11-03', '2026-12-02'],
  ])('"%s" (%s) → %s … %s', (text, language, start, end) => {
    expect(periodsOf(text, language)).toEqual([{ start, end }]);
  });
});

describe('entities: Québec\'s weekends in general, and the Easter weekend whole', () => {
  const read = (text: string, language: Language) => {
    const { period, dayKind } = findEntities(foldText(text), language, { now: DEC_2, timeZone: 'Europe/Paris' });
    return { period, dayKind };
  };

  it('"les fins de semaine du mois dernier" are the Saturdays and Sundays of November', () => {
    expect(read('combien j’ai dépensé les fins de semaine du mois dernier', 'fr')).toEqual({ period: [{ start: '2026-11-01', end: '2026-11-30' }], dayKind: ['weekend'] });
  });

  it('"the Easter weekend" is its four days, not only its Saturday and Sunday', () => {
    expect(read('what did i spend over the easter weekend', 'en')).toEqual({ period: [{ start: '2026-04-03', end: '2026-04-06' }], dayKind: undefined });
    expect(read('mes dépenses du week-end de Pâques', 'fr')).toEqual({ period: [{ start: '2026-04-04', end: '2026-04-06' }], dayKind: undefined });
  });
});
