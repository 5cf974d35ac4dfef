import { periodsOf, type PeriodRow } from '../../../support/periodsAt';

describe('calendar quarters on Wednesday 2 December 2026', () => {
  it.each<PeriodRow>([
    ['last quarter', '2026-07-01', '2026-09-30'],
    ['the previous quarter', '2026-07-01', '2026-09-30'],
    ['this quarter', '2026-10-01', '2026-12-02'],
    ['quarter to date', '2026-10-01', '2026-12-02'],
    ['the quarter before last', '2026-04-01', '2026-06-30'],
    ['Q3', '2026-07-01', '2026-09-30'],
    ['q4', '2026-10-01', '2026-12-02'],
    ['Q3 2025', '2025-07-01', '2025-09-30'],
    ['2025 Q1', '2025-01-01', '2025-03-31'],
    ['the third quarter', '2026-07-01', '2026-09-30'],
    ['the 1st quarter of 2025', '2025-01-01', '2025-03-31'],
    ['the second quarter of last year', '2025-04-01', '2025-06-30'],
    ['the last quarter of 2025', '2025-10-01', '2025-12-31'],
  ])('en "%s" → %s … %s', (expression, start, end) => {
    expect(periodsOf(`how much did i spend ${expression} pls`, 'en')).toEqual([{ start, end }]);
  });

  it.each<PeriodRow>([
    ['le trimestre dernier', '2026-07-01', '2026-09-30'],
    ['du trimestre dernier', '2026-07-01', '2026-09-30'],
    ['le trimestre précédent', '2026-07-01', '2026-09-30'],
    ['le dernier trimestre', '2026-07-01', '2026-09-30'],
    ['ce trimestre', '2026-10-01', '2026-12-02'],
    ['le trimestre en cours', '2026-10-01', '2026-12-02'],
    ["l'avant-dernier trimestre", '2026-04-01', '2026-06-30'],
    ['le 3e trimestre', '2026-07-01', '2026-09-30'],
    ['au troisième trimestre', '2026-07-01', '2026-09-30'],
    ['au premier trimestre', '2026-01-01', '2026-03-31'],
    ['au 1er trimestre 2025', '2025-01-01', '2025-03-31'],
    ["le deuxième trimestre de l'année dernière", '2025-04-01', '2025-06-30'],
    ['le dernier trimestre 2025', '2025-10-01', '2025-12-31'],
    ['au T2', '2026-04-01', '2026-06-30'],
    ['T4 2025', '2025-10-01', '2025-12-31'],
  ])('fr "%s" → %s … %s', (expression, start, end) => {
    expect(periodsOf(`combien j'ai depense ${expression} stp`, 'fr')).toEqual([{ start, end }]);
  });

  it('names the latest quarter begun, and counts the days in the bank\'s time zone', () => {
    const february = new Date('2027-02-15T10:00:00+01:00');
    expect(periodsOf('q4', 'en', february)).toEqual([{ start: '2026-10-01', end: '2026-12-31' }]);
    expect(periodsOf('le trimestre dernier', 'fr', february)).toEqual([{ start: '2026-10-01', end: '2026-12-31' }]);
    const newYearInParis = new Date('2026-12-31T23:30:00Z');
    expect(periodsOf('this quarter', 'en', newYearInParis)).toEqual([{ start: '2027-01-01', end: '2027-01-01' }]);
    expect(periodsOf('this quarter', 'en', newYearInParis, 'America/New_York')).toEqual([{ start: '2026-10-01', end: '2026-12-31' }]);
  });

  it('reads no quarter in a flat type or a fraction', () => {
    expect(periodsOf('je cherche un t3', 'fr')).toEqual([]);
    expect(periodsOf('a quarter of my salary', 'en')).toEqual([]);
  });
});
