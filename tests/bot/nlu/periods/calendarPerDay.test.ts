import { findPeriods } from '../../../../bot/nlu/periods';

const PARIS = 'Europe/Paris';
const today = (iso: string, timeZone = PARIS) => findPeriods('aujourd hui', 'fr', new Date(iso), timeZone);

describe('the calendar kept for the day', () => {
  it("moves to the next day at the zone's midnight, not UTC's", () => {
    expect(today('2026-11-30T22:59:59.999Z')).toEqual([{ start: '2026-11-30', end: '2026-11-30' }]);
    expect(today('2026-11-30T23:00:00.000Z')).toEqual([{ start: '2026-12-01', end: '2026-12-01' }]);
    expect(today('2026-11-30T22:30:00.000Z')).toEqual([{ start: '2026-11-30', end: '2026-11-30' }]);
  });

  it('keeps a 23-hour day whole (the clocks go forward on 29 March 2026 in Paris)', () => {
    expect(today('2026-03-28T23:00:00.000Z')).toEqual([{ start: '2026-03-29', end: '2026-03-29' }]);
    expect(today('2026-03-29T21:59:59.000Z')).toEqual([{ start: '2026-03-29', end: '2026-03-29' }]);
    expect(today('2026-03-29T22:00:00.000Z')).toEqual([{ start: '2026-03-30', end: '2026-03-30' }]);
  });

  it('is not shared between time zones', () => {
    expect(today('2026-11-30T23:30:00.000Z')).toEqual([{ start: '2026-12-01', end: '2026-12-01' }]);
    expect(today('2026-11-30T23:30:00.000Z', 'America/New_York')).toEqual([{ start: '2026-11-30', end: '2026-11-30' }]);
    expect(today('2026-11-30T23:30:00.000Z')).toEqual([{ start: '2026-12-01', end: '2026-12-01' }]);
  });
});
