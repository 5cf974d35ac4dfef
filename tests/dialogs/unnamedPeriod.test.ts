import { unnamedPeriod } from '../../dialogs/transactions/transactionScope';

/** Found by a stranger on 1 December: "combien j'ai dépensé chez Fnac ?" looked at that day only. */
describe('the period of a total asked without one', () => {
  it.each([
    ['2026-11-29T10:00:00+01:00', { start: '2026-11-01', end: '2026-11-29' }],
    ['2026-11-08T10:00:00+01:00', { start: '2026-11-01', end: '2026-11-08' }],
    ['2026-11-07T10:00:00+01:00', { start: '2026-10-01', end: '2026-11-07' }],
    ['2026-12-01T10:00:00+01:00', { start: '2026-11-01', end: '2026-12-01' }],
    ['2026-01-03T10:00:00+01:00', { start: '2025-12-01', end: '2026-01-03' }],
    // 23:30 UTC on 30 November is already 1 December in Paris.
    ['2026-11-30T23:30:00Z', { start: '2026-11-01', end: '2026-12-01' }],
  ])('at %s it is %o', (now, period) => {
    expect(unnamedPeriod(new Date(now), 'Europe/Paris')).toEqual(period);
  });
});
