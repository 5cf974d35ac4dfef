import { periodsOf, type PeriodRow } from '../../../support/periodsAt';

describe('a part of a month is one period, on Wednesday 2 December 2026', () => {
  it.each<PeriodRow>([
    ['in the last week of november', '2026-11-24', '2026-11-30'],
    ['the first week of October', '2026-10-01', '2026-10-07'],
    ['the second week of november', '2026-11-08', '2026-11-14'],
    ['the 4th week of february', '2026-02-22', '2026-02-28'],
    ['the last week of last month', '2026-11-24', '2026-11-30'],
    ['the first week of this month', '2026-12-01', '2026-12-02'],
    ['the first half of november', '2026-11-01', '2026-11-15'],
    ['the second half of october 2025', '2025-10-16', '2025-10-31'],
    ['the first fortnight of november', '2026-11-01', '2026-11-14'],
    ['the last 10 days of october', '2026-10-22', '2026-10-31'],
    ['the first three days of november', '2026-11-01', '2026-11-03'],
  ])('en "%s" → %s … %s', (expression, start, end) => {
    expect(periodsOf(`how much did i spend ${expression} pls`, 'en')).toEqual([{ start, end }]);
  });

  it.each<PeriodRow>([
    ['la dernière semaine de novembre', '2026-11-24', '2026-11-30'],
    ["la première semaine d'octobre", '2026-10-01', '2026-10-07'],
    ['la 2e semaine de novembre', '2026-11-08', '2026-11-14'],
    ['la dernière semaine du mois dernier', '2026-11-24', '2026-11-30'],
    ['la première semaine du mois', '2026-12-01', '2026-12-02'],
    ['la première quinzaine de novembre', '2026-11-01', '2026-11-15'],
    ["la deuxième quinzaine d'octobre", '2026-10-16', '2026-10-31'],
    ['la dernière quinzaine de février', '2026-02-16', '2026-02-28'],
    ["les 10 derniers jours d'octobre", '2026-10-22', '2026-10-31'],
    ['les cinq premiers jours de novembre', '2026-11-01', '2026-11-05'],
  ])('fr "%s" → %s … %s', (expression, start, end) => {
    expect(periodsOf(`combien j'ai depense ${expression} stp`, 'fr')).toEqual([{ start, end }]);
  });

  it('makes no part that the month has not', () => {
    expect(periodsOf('the fifth week of november', 'en')).toEqual([{ start: '2026-11-01', end: '2026-11-30' }]);
    expect(periodsOf('les 40 derniers jours de novembre', 'fr')).toEqual([]);
  });
});
