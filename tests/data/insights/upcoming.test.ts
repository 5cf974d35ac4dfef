import type { RecurringSeries } from '../../../data/insights/recurring';
import { expectedDebits, projectBalance, totalOf } from '../../../data/insights/upcoming';

const series = (merchant: string, rhythm: RecurringSeries['rhythm'], firstDate: string, count: number, amountCents: number): RecurringSeries => ({
  merchant, accountId: 'a1', rhythm, amountCents, monthlyCents: amountCents, firstDate, lastDate: firstDate, nextDate: firstDate,
  paymentIds: Array.from({ length: count }, (_, i) => `${merchant}${i}`), priceChange: null,
});

describe('expected debits and the projected balance', () => {
  const running = [
    series('Basic-Fit', 'weekly', '2026-09-21', 10, 990),
    series('Foncia', 'monthly', '2025-12-02', 12, 115000),
    series('Eau de Paris', 'quarterly', '2025-12-05', 4, 8925),
    series('Orange', 'monthly', '2026-08-12', 3, 1999),
  ];

  it('lists the payments of a week, a late one expected today', () => {
    const week = expectedDebits(running, { start: '2026-11-30', end: '2026-12-06' }, '2026-11-30');
    expect(week.map((d) => [d.date, d.merchant, d.amountCents])).toEqual([
      ['2026-11-30', 'Basic-Fit', 990],
      ['2026-11-30', 'Orange', 1999],
      ['2026-12-02', 'Foncia', 115000],
      ['2026-12-05', 'Eau de Paris', 8925],
    ]);
    expect(totalOf(week)).toBe(126914);
  });

  it('repeats a weekly payment across a month', () => {
    const december = expectedDebits(running.slice(0, 1), { start: '2026-12-01', end: '2026-12-31' }, '2026-11-30');
    expect(december.map((d) => d.date)).toEqual(['2026-12-07', '2026-12-14', '2026-12-21', '2026-12-28']);
  });

  it('takes each day\'s debits from the balance, to the cent', () => {
    const days = projectBalance(120000, expectedDebits(running, { start: '2026-11-30', end: '2026-12-06' }, '2026-11-30'));
    expect(days.map((d) => [d.date, d.debits.length, d.balanceCents])).toEqual([
      ['2026-11-30', 2, 117011],
      ['2026-12-02', 1, 2011],
      ['2026-12-05', 1, -6914],
    ]);
  });
});
