import { findPeriods } from '../../../../bot/nlu/periods';
import { foldText } from '../../../../bot/nlu/text/normalize';
import type { Language, Period } from '../../../../bot/nlu/types';

/** Sunday 29 November 2026, 10:00 in Paris. */
const NOW = new Date('2026-11-29T10:00:00+01:00');
const PARIS = 'Europe/Paris';

type Row = [expression: string, start: string, end: string];

const FRENCH: Row[] = [
  ['hier', '2026-11-28', '2026-11-28'],
  ['avant-hier', '2026-11-27', '2026-11-27'],
  ['avant hier', '2026-11-27', '2026-11-27'],
  ["aujourd'hui", '2026-11-29', '2026-11-29'],
  ['ajd', '2026-11-29', '2026-11-29'],
  ['cette semaine', '2026-11-23', '2026-11-29'],
  ['la semaine dernière', '2026-11-16', '2026-11-22'],
  ['ce mois-ci', '2026-11-01', '2026-11-29'],
  ['ce mois', '2026-11-01', '2026-11-29'],
  ['le mois dernier', '2026-10-01', '2026-10-31'],
  ['du mois dernier', '2026-10-01', '2026-10-31'],
  ['mois passé', '2026-10-01', '2026-10-31'],
  ['en octobre', '2026-10-01', '2026-10-31'],
  ['en novembre', '2026-11-01', '2026-11-29'],
  ['en décembre', '2025-12-01', '2025-12-31'],
  ['decembre', '2025-12-01', '2025-12-31'],
  ['octobre 2025', '2025-10-01', '2025-10-31'],
  ['en sept', '2026-09-01', '2026-09-30'],
  ['cette année', '2026-01-01', '2026-11-29'],
  ["ma plus grosse dépense de l'année", '2026-01-01', '2026-11-29'],
  ["sur l'année", '2026-01-01', '2026-11-29'],
  ['le solde à la fin octobre', '2026-10-31', '2026-10-31'],
  ['à la fin du mois dernier', '2026-10-31', '2026-10-31'],
  ['fin septembre 2025', '2025-09-30', '2025-09-30'],
  ["de l'année dernière", '2025-01-01', '2025-12-31'],
  ["l'année dernière", '2025-01-01', '2025-12-31'],
  ['lannee derniere', '2025-01-01', '2025-12-31'],
  ["l'an dernier", '2025-01-01', '2025-12-31'],
  ['en 2025', '2025-01-01', '2025-12-31'],
  ['depuis lundi', '2026-11-23', '2026-11-29'],
  ['depuis mercredi', '2026-11-25', '2026-11-29'],
  ['depuis dimanche', '2026-11-29', '2026-11-29'],
  ['les 30 derniers jours', '2026-10-31', '2026-11-29'],
  ['les 7 derniers jours', '2026-11-23', '2026-11-29'],
  ['depuis 10 jours', '2026-11-20', '2026-11-29'],
  ['les 2 dernières semaines', '2026-11-16', '2026-11-29'],
  ['les 3 derniers mois', '2026-08-30', '2026-11-29'],
  ['entre le 1er et le 15 novembre', '2026-11-01', '2026-11-15'],
  ['du 3 au 10 novembre', '2026-11-03', '2026-11-10'],
  ['du 3 octobre au 10 novembre', '2026-10-03', '2026-11-10'],
  ['du 20 décembre au 5 janvier', '2025-12-20', '2026-01-05'],
  ['depuis le début du mois', '2026-11-01', '2026-11-29'],
  ["depuis le debut de l'annee", '2026-01-01', '2026-11-29'],
  ['depuis octobre', '2026-10-01', '2026-11-29'],
  // From a month's first day up to today, not that month alone.
  ['depuis janvier', '2026-01-01', '2026-11-29'],
  ['depuis le début de septembre', '2026-09-01', '2026-11-29'],
  ["depuis le début du mois d'octobre", '2026-10-01', '2026-11-29'],
  ['depuis début décembre', '2025-12-01', '2026-11-29'],
  ['le 1er octobre', '2026-10-01', '2026-10-01'],
  ['le 15 décembre', '2025-12-15', '2025-12-15'],
  ['le 3 sept', '2026-09-03', '2026-09-03'],
  ['1/10', '2026-10-01', '2026-10-01'],
  ['1/12', '2025-12-01', '2025-12-01'],
  ['25/12/2024', '2024-12-25', '2024-12-25'],
];

const ENGLISH: Row[] = [
  ['yesterday', '2026-11-28', '2026-11-28'],
  ['yday', '2026-11-28', '2026-11-28'],
  ['the day before yesterday', '2026-11-27', '2026-11-27'],
  ['today', '2026-11-29', '2026-11-29'],
  ['this week', '2026-11-23', '2026-11-29'],
  ['last week', '2026-11-16', '2026-11-22'],
  ['this month', '2026-11-01', '2026-11-29'],
  ['last month', '2026-10-01', '2026-10-31'],
  ['in October', '2026-10-01', '2026-10-31'],
  ['in December', '2025-12-01', '2025-12-31'],
  ['in may', '2026-05-01', '2026-05-31'],
  ['since january', '2026-01-01', '2026-11-29'],
  ['since the start of september', '2026-09-01', '2026-11-29'],
  ['since the beginning of October', '2026-10-01', '2026-11-29'],
  ['from the start of december', '2025-12-01', '2026-11-29'],
  ['since the beginning of the month', '2026-11-01', '2026-11-29'],
  ['october 2025', '2025-10-01', '2025-10-31'],
  ['in Oct 2025', '2025-10-01', '2025-10-31'],
  ['this year', '2026-01-01', '2026-11-29'],
  ['my biggest expense of the year', '2026-01-01', '2026-11-29'],
  ['my balance at the end of October', '2026-10-31', '2026-10-31'],
  ['at the end of last month', '2026-10-31', '2026-10-31'],
  ['last year', '2025-01-01', '2025-12-31'],
  ['in 2025', '2025-01-01', '2025-12-31'],
  ['since Monday', '2026-11-23', '2026-11-29'],
  ['since wed', '2026-11-25', '2026-11-29'],
  ['the last 30 days', '2026-10-31', '2026-11-29'],
  ['past 7 days', '2026-11-23', '2026-11-29'],
  ['last 2 weeks', '2026-11-16', '2026-11-29'],
  ['last 3 months', '2026-08-30', '2026-11-29'],
  ['between 1 and 15 November', '2026-11-01', '2026-11-15'],
  ['from 3 to 10 Nov', '2026-11-03', '2026-11-10'],
  ['from the 3rd to the 10th of november', '2026-11-03', '2026-11-10'],
  ['from Nov 3 to 10', '2026-11-03', '2026-11-10'],
  ['between Oct 28 and Nov 2', '2026-10-28', '2026-11-02'],
  ['since the start of the month', '2026-11-01', '2026-11-29'],
  ['since the beginning of the year', '2026-01-01', '2026-11-29'],
  ['since October', '2026-10-01', '2026-11-29'],
  ['on 1 October', '2026-10-01', '2026-10-01'],
  ['on the 1st of October', '2026-10-01', '2026-10-01'],
  ['Oct 1st', '2026-10-01', '2026-10-01'],
  ['on December 15', '2025-12-15', '2025-12-15'],
];

function periodsOf(text: string, language: Language, now = NOW, timeZone = PARIS): Period[] {
  return findPeriods(foldText(text), language, now, timeZone);
}

describe('findPeriods, with now frozen on Sunday 29 November 2026 in Paris', () => {
  it.each(FRENCH)('fr "%s" → %s … %s', (expression, start, end) => {
    expect(periodsOf(`depenses ${expression} stp`, 'fr')).toEqual([{ start, end }]);
  });

  it.each(ENGLISH)('en "%s" → %s … %s', (expression, start, end) => {
    expect(periodsOf(`what did i spend ${expression} pls`, 'en')).toEqual([{ start, end }]);
  });

  it('finds no period where there is none, or where the date does not exist', () => {
    expect(periodsOf('g combien sur mon livret', 'fr')).toEqual([]);
    expect(periodsOf('le 30 fevrier', 'fr')).toEqual([]);
    expect(periodsOf('may i see my balance', 'en')).toEqual([]);
    expect(periodsOf('les sept derniers virements', 'fr')).toEqual([]);
  });

  it('reads a period in the other language when the message mixes them', () => {
    expect(periodsOf('depenses last month', 'fr')).toEqual([{ start: '2026-10-01', end: '2026-10-31' }]);
  });

  it('reports several periods in reading order', () => {
    expect(periodsOf('octobre vs novembre', 'fr')).toEqual([
      { start: '2026-10-01', end: '2026-10-31' },
      { start: '2026-11-01', end: '2026-11-29' },
    ]);
  });

  it("counts days in the bank's time zone, not the machine's", () => {
    const justAfterMidnightInParis = new Date('2026-03-30T00:30:00+02:00');
    expect(periodsOf('today', 'en', justAfterMidnightInParis)).toEqual([{ start: '2026-03-30', end: '2026-03-30' }]);
    expect(periodsOf('today', 'en', justAfterMidnightInParis, 'America/New_York'))
      .toEqual([{ start: '2026-03-29', end: '2026-03-29' }]);
  });
});
