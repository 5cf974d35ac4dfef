import { findAmounts } from '../../../../bot/nlu/entities/amount';
import { findPeriods } from '../../../../bot/nlu/periods';

const NOW = new Date('2026-12-01T10:00:00+01:00');

describe('amount ranges and bounds, apart from day spans', () => {
  it.each([
    ['operations entre 20 et 30 euros', [{ cents: 2000, comparison: 'gte' }, { cents: 3000, comparison: 'lte' }]],
    ['transactions between 20 and 30', [{ cents: 2000, comparison: 'gte' }, { cents: 3000, comparison: 'lte' }]],
    ['between £30.50 and £20', [{ cents: 2000, comparison: 'gte' }, { cents: 3050, comparison: 'lte' }]],
    ['transactions above 50', [{ cents: 5000, comparison: 'gt' }]],
    ['au moins 50 €', [{ cents: 5000, comparison: 'gte' }]],
    ['at most 20', [{ cents: 2000, comparison: 'lte' }]],
    ['depenses entre 3 et 10 novembre', []],
    ['entre 2 et 3 jours', []],
  ])('%s', (folded, amounts) => {
    expect(findAmounts(folded)).toEqual(amounts);
  });

  it.each([
    ['depenses entre le 3 et le 10', 'fr', { start: '2026-11-03', end: '2026-11-10' }],
    ['spending between the 3rd and the 10th', 'en', { start: '2026-11-03', end: '2026-11-10' }],
    ['depuis le 1er janvier', 'fr', { start: '2026-01-01', end: '2026-12-01' }],
    ['since january this year', 'en', { start: '2026-01-01', end: '2026-12-01' }],
    ['depuis la rentree', 'fr', { start: '2026-09-01', end: '2026-12-01' }],
    ['pendant les vacances de la toussaint', 'fr', { start: '2026-10-17', end: '2026-11-01' }],
    ['over christmas', 'en', { start: '2025-12-24', end: '2025-12-26' }],
  ] as const)('%s is one period', (folded, language, period) => {
    expect(findPeriods(folded, language, NOW, 'Europe/Paris')).toEqual([period]);
  });
});
