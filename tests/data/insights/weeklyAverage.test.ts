import { completeWeeks } from '../../../data/insights/weeklyAverage';

/** Whole Monday-to-Sunday weeks: 29 November 2026 is a Sunday, still under way; 1 December 2025 a Monday. */
describe('the complete weeks a weekly mean covers', () => {
  it('starts at the first Monday of the records and ends on the Sunday before this week', () => {
    expect(completeWeeks('2025-12-01', '2026-11-29')).toEqual({ range: { start: '2025-12-01', end: '2026-11-22' }, count: 51 });
    // Records from a Wednesday: that week is not whole, the next Monday starts; on a Monday, last week is over.
    expect(completeWeeks('2026-10-14', '2026-11-30')).toEqual({ range: { start: '2026-10-19', end: '2026-11-29' }, count: 6 });
  });

  it('is at most a year of weeks', () => {
    expect(completeWeeks('2020-03-05', '2026-11-29')).toEqual({ range: { start: '2025-11-24', end: '2026-11-22' }, count: 52 });
  });

  it('keeps to the period asked: its whole weeks only, none of the current one', () => {
    expect(completeWeeks('2025-12-01', '2026-11-29', { start: '2026-11-01', end: '2026-11-29' }))
      .toEqual({ range: { start: '2026-11-02', end: '2026-11-22' }, count: 3 });
    // October ends on a Saturday: its last week is not whole in it.
    expect(completeWeeks('2025-12-01', '2026-11-29', { start: '2026-10-01', end: '2026-10-31' }))
      .toEqual({ range: { start: '2026-10-05', end: '2026-10-25' }, count: 3 });
    expect(completeWeeks('2025-12-01', '2026-11-29', { start: '2026-11-23', end: '2026-11-29' })).toBeNull();
    expect(completeWeeks('2026-11-24', '2026-11-29')).toBeNull();
  });
});
