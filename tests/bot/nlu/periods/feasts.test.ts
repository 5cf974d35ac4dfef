import { easterSunday } from '../../../../bot/nlu/periods/easter';
import { format } from 'date-fns';
import { periodsOf, type PeriodRow } from '../../../support/periodsAt';

const PARIS = 'Europe/Paris';

describe('Easter Sunday by the computus', () => {
  it.each([
    [2000, '2000-04-23'], [2008, '2008-03-23'], [2011, '2011-04-24'], [2019, '2019-04-21'], [2024, '2024-03-31'],
    [2025, '2025-04-20'], [2026, '2026-04-05'], [2027, '2027-03-28'], [2038, '2038-04-25'], [2285, '2285-03-22'],
  ])('%i → %s', (year, date) => {
    expect(format(easterSunday(year, PARIS), 'yyyy-MM-dd')).toBe(date);
  });
});

describe('feasts on Wednesday 2 December 2026: "since" one is from its latest day to today', () => {
  it.each<PeriodRow>([
    ['since easter', '2026-04-05', '2026-12-02'],
    ['since Easter Sunday', '2026-04-05', '2026-12-02'],
    ['since easter monday', '2026-04-06', '2026-12-02'],
    ['since good friday', '2026-04-03', '2026-12-02'],
    ['since christmas', '2025-12-25', '2026-12-02'],
    ['since last christmas', '2025-12-25', '2026-12-02'],
    ['since xmas last year', '2025-12-25', '2026-12-02'],
    ['since christmas eve', '2025-12-24', '2026-12-02'],
    ['since boxing day', '2025-12-26', '2026-12-02'],
    ['since bonfire night', '2026-11-05', '2026-12-02'],
    ['since guy fawkes', '2026-11-05', '2026-12-02'],
    ["since new year's", '2026-01-01', '2026-12-02'],
    ['since the new year', '2026-01-01', '2026-12-02'],
    ["since new year's eve", '2025-12-31', '2026-12-02'],
    ['since halloween', '2026-10-31', '2026-12-02'],
    ['since easter 2025', '2025-04-20', '2026-12-02'],
  ])('en "%s" → %s … %s', (expression, start, end) => {
    expect(periodsOf(`how much have i spent ${expression} pls`, 'en')).toEqual([{ start, end }]);
  });

  it.each<PeriodRow>([
    ['depuis Pâques', '2026-04-05', '2026-12-02'],
    ['depuis le dimanche de Pâques', '2026-04-05', '2026-12-02'],
    ['depuis le lundi de Pâques', '2026-04-06', '2026-12-02'],
    ['depuis Noël', '2025-12-25', '2026-12-02'],
    ['depuis Noël dernier', '2025-12-25', '2026-12-02'],
    ['depuis le réveillon de Noël', '2025-12-24', '2026-12-02'],
    ['depuis le 14 juillet', '2026-07-14', '2026-12-02'],
    ['depuis la fête nationale', '2026-07-14', '2026-12-02'],
    ['depuis le nouvel an', '2026-01-01', '2026-12-02'],
    ["depuis le jour de l'an", '2026-01-01', '2026-12-02'],
    ['depuis la Saint-Sylvestre', '2025-12-31', '2026-12-02'],
    // The day, 1 November, not the school holidays around it.
    ['depuis la Toussaint', '2026-11-01', '2026-12-02'],
    ["depuis l'Ascension", '2026-05-14', '2026-12-02'],
    ['depuis la Pentecôte', '2026-05-24', '2026-12-02'],
  ])('fr "%s" → %s … %s', (expression, start, end) => {
    expect(periodsOf(`combien j'ai depense ${expression} stp`, 'fr')).toEqual([{ start, end }]);
  });

  it('takes the latest feast day that has come, today included', () => {
    const easterSaturday = new Date('2026-04-04T12:00:00+02:00');
    expect(periodsOf('since easter', 'en', easterSaturday)).toEqual([{ start: '2025-04-20', end: '2026-04-04' }]);
    expect(periodsOf('depuis paques', 'fr', new Date('2026-04-05T09:00:00+02:00'))).toEqual([{ start: '2026-04-05', end: '2026-04-05' }]);
    expect(periodsOf('since christmas', 'en', new Date('2026-12-24T20:00:00+01:00'))).toEqual([{ start: '2025-12-25', end: '2026-12-24' }]);
    expect(periodsOf('depuis noel', 'fr', new Date('2026-12-25T08:00:00+01:00'))).toEqual([{ start: '2026-12-25', end: '2026-12-25' }]);
    // A year still to come names no period.
    expect(periodsOf('since easter 2027', 'en')).toEqual([]);
  });
});

describe('Easter and feast days as a time of their own', () => {
  it.each<PeriodRow>([
    // The UK Easter weekend: Good Friday to Easter Monday, both bank holidays.
    ['at easter', '2026-04-03', '2026-04-06'],
    ['over easter', '2026-04-03', '2026-04-06'],
    ['over the easter weekend', '2026-04-03', '2026-04-06'],
    ['the easter bank holiday weekend', '2026-04-03', '2026-04-06'],
    ['at easter 2025', '2025-04-18', '2025-04-21'],
    ['on easter sunday', '2026-04-05', '2026-04-05'],
    ['on good friday', '2026-04-03', '2026-04-03'],
    ['on christmas day', '2025-12-25', '2025-12-25'],
    ['on christmas eve', '2025-12-24', '2025-12-24'],
    ['on boxing day', '2025-12-26', '2025-12-26'],
    ['on bonfire night', '2026-11-05', '2026-11-05'],
    ["on new year's eve", '2025-12-31', '2025-12-31'],
    ['on halloween', '2026-10-31', '2026-10-31'],
    // Unchanged: Christmas is the days around it.
    ['over christmas', '2025-12-24', '2025-12-26'],
  ])('en "%s" → %s … %s', (expression, start, end) => {
    expect(periodsOf(`what did i spend ${expression} pls`, 'en')).toEqual([{ start, end }]);
  });

  it.each<PeriodRow>([
    // Easter Sunday and Monday (the public holiday); the long weekend from the Saturday.
    ['à Pâques', '2026-04-05', '2026-04-06'],
    ['pendant Pâques', '2026-04-05', '2026-04-06'],
    ['à Pâques 2025', '2025-04-20', '2025-04-21'],
    ['le week-end de Pâques', '2026-04-04', '2026-04-06'],
    ['le lundi de Pâques', '2026-04-06', '2026-04-06'],
    ['le jour de Noël', '2025-12-25', '2025-12-25'],
    ['pour la Saint-Valentin', '2026-02-14', '2026-02-14'],
    ['le jour de l’an', '2026-01-01', '2026-01-01'],
    // Unchanged: "à Noël" is 24 to 26 December, "à la Toussaint" the school holidays, the same in every zone.
    ['à Noël', '2025-12-24', '2025-12-26'],
    ['à la Toussaint', '2026-10-17', '2026-11-01'],
  ])('fr "%s" → %s … %s', (expression, start, end) => {
    expect(periodsOf(`mes depenses ${expression} stp`, 'fr')).toEqual([{ start, end }]);
  });

  it('leaves the school holidays undated and Easter eggs no period', () => {
    expect(periodsOf('what did i spend during the easter holidays', 'en')).toEqual([]);
    expect(periodsOf('how much on easter eggs', 'en')).toEqual([]);
    expect(periodsOf('mes depenses pendant les vacances de paques', 'fr')).toEqual([]);
    expect(periodsOf('combien en chocolats de paques', 'fr')).toEqual([]);
  });
});
