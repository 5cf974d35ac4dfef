import { shiftPeriod } from '../../dialogs/conversation/periodShift';

const TODAY = '2026-11-29';

describe('shiftPeriod', () => {
  it.each([
    ['a whole month, back', { start: '2026-10-01', end: '2026-10-31' }, 'month', -1, { start: '2026-09-01', end: '2026-09-30' }],
    ['this month so far, back', { start: '2026-11-01', end: TODAY }, 'month', -1, { start: '2026-10-01', end: '2026-10-31' }],
    ['a day, a month back', { start: '2026-10-01', end: '2026-10-01' }, 'month', -1, { start: '2026-09-01', end: '2026-09-01' }],
    ['the 31st, a month back, clamped', { start: '2026-10-31', end: '2026-10-31' }, 'month', -1, { start: '2026-09-30', end: '2026-09-30' }],
    ['a whole week (Monday to Sunday), back', { start: '2026-11-16', end: '2026-11-22' }, 'week', -1, { start: '2026-11-09', end: '2026-11-15' }],
    ['a day, the day before', { start: '2026-11-02', end: '2026-11-02' }, 'day', -1, { start: '2026-11-01', end: '2026-11-01' }],
    ['a whole year, back', { start: '2025-01-01', end: '2025-12-31' }, 'year', -1, { start: '2024-01-01', end: '2024-12-31' }],
    ['30 days, a month back: the 30 days before', { start: '2026-10-31', end: TODAY }, 'month', -1, { start: '2026-10-01', end: '2026-10-30' }],
    ['30 days, a week back: the 7 days before they start', { start: '2026-10-31', end: TODAY }, 'week', -1, { start: '2026-10-24', end: '2026-10-30' }],
    ['7 days, a week back: the 7 days before', { start: '2026-11-23', end: TODAY }, 'week', -1, { start: '2026-11-16', end: '2026-11-22' }],
    ['7 days, a month back: the month before they start', { start: '2026-11-23', end: TODAY }, 'month', -1, { start: '2026-10-23', end: '2026-11-22' }],
    ['30 days in October, a week forward: the 7 days after', { start: '2026-10-01', end: '2026-10-30' }, 'week', 1, { start: '2026-10-31', end: '2026-11-06' }],
    ['October, forward, stops at today', { start: '2026-10-01', end: '2026-10-31' }, 'month', 1, { start: '2026-11-01', end: TODAY }],
  ] as const)('%s', (_name, period, unit, step, expected) => {
    expect(shiftPeriod(period, { unit, step }, TODAY)).toEqual(expected);
  });
});
