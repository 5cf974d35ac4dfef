import { detectRecurring } from '../../../data/insights/recurring';
import { KNOWN, TODAY, knownHistory } from './recurringHistory';

describe('detectRecurring on a generated history where the series are known', () => {
  const found = detectRecurring(knownHistory(), TODAY);

  it('finds exactly the running series, soonest first, with rhythm, amounts and dates', () => {
    expect(found.map((s) => [s.merchant, s.rhythm, s.amountCents, s.monthlyCents, s.lastDate, s.nextDate, s.paymentIds.length])).toEqual([
      ['Basic-Fit', 'weekly', 990, 4290, '2026-11-24', '2026-11-30', 10],
      ['Foncia', 'monthly', 115000, 115000, '2026-10-31', '2026-12-02', 12],
      ['Eau de Paris', 'quarterly', 8925, 2975, '2026-09-06', '2026-12-05', 4],
      ['Netflix', 'monthly', 1599, 1599, '2026-11-08', '2026-12-08', 11],
      ['OVH', 'yearly', 1428, 119, '2025-12-04', '2026-12-10', 2],
    ]);
  });

  it('keeps the series\' own payments only, not the one-off purchases at the same merchant', () => {
    const netflix = found.find((s) => s.merchant === 'Netflix');
    expect(netflix?.paymentIds).toEqual(Array.from({ length: 11 }, (_, i) => `Netflix-${i}`));
  });

  it('reports a price change from the first payment at the new price', () => {
    expect(found.find((s) => s.merchant === 'Netflix')?.priceChange).toEqual({ fromCents: 1349, toCents: 1599, since: '2026-03-07' });
    expect(found.find((s) => s.merchant === 'Eau de Paris')?.priceChange).toBeNull();
    expect(found.find((s) => s.merchant === 'Foncia')?.priceChange).toBeNull();
  });

  it('drops a series that stopped and a charge taken twice', () => {
    expect(KNOWN.map((s) => s.merchant).filter((m) => !found.some((s) => s.merchant === m))).toEqual(['Deezer']);
    expect(found.some((s) => s.merchant === 'SFR')).toBe(false);
  });

  it('refuses a payment outside the tolerances: 4 days late for a monthly one, or 11 % dearer twice', () => {
    const monthly = (date: string, amountCents: number, id: string) => ({ id, accountId: 'a1', date, amountCents, merchant: 'Free' });
    const late = [monthly('2026-08-12', 2999, 'f1'), monthly('2026-09-12', 2999, 'f2'), monthly('2026-10-16', 2999, 'f3')];
    expect(detectRecurring(late, '2026-10-20')).toEqual([]);
    const onTime = [monthly('2026-08-12', 2999, 'f1'), monthly('2026-09-12', 2999, 'f2'), monthly('2026-10-15', 2999, 'f3')];
    expect(detectRecurring(onTime, '2026-10-20').map((s) => s.nextDate)).toEqual(['2026-11-12']);
    const drifting = [monthly('2026-08-12', 1000, 'f1'), monthly('2026-09-12', 1110, 'f2'), monthly('2026-10-12', 1233, 'f3')];
    expect(detectRecurring(drifting, '2026-10-20')).toEqual([]);
  });
});

describe('a merchant paid often and irregularly is no subscription', () => {
  // Léa's Uber rides in the demo bank: three of them happen to fall a month apart, the last one 36 % dearer.
  const RIDES = '2025-12-03 1708, 2025-12-23 1585, 2026-01-12 2118, 2026-02-13 2707, 2026-02-21 1241, 2026-03-10 1210, '
    + '2026-03-11 2264, 2026-04-24 1808, 2026-05-13 1559, 2026-05-19 1610, 2026-06-26 2229, 2026-07-02 1724, 2026-07-21 1968, '
    + '2026-08-06 2315, 2026-09-16 1778, 2026-10-15 1757, 2026-10-17 2038, 2026-11-18 2385, 2026-11-27 2055';
  const rides = RIDES.split(', ').map((ride, i) => {
    const [date, cents] = ride.split(' ');
    return { id: `uber-${i}`, accountId: 'c3-checking', date, amountCents: Number(cents), merchant: 'Uber' };
  });

  it('19 rides over a year, three a month apart among them: no series, no "23,85 € par mois"', () => {
    expect(rides).toHaveLength(19);
    expect(detectRecurring(rides, '2026-12-01')).toEqual([]);
  });

  it('the same three payments alone still make a monthly series with its price change', () => {
    const three = rides.filter((r) => ['2026-09-16', '2026-10-15', '2026-11-18'].includes(r.date));
    expect(detectRecurring(three, '2026-12-01').map((s) => [s.rhythm, s.amountCents, s.nextDate, s.priceChange])).toEqual([
      ['monthly', 2385, '2026-12-16', { fromCents: 1757, toCents: 2385, since: '2026-11-18' }],
    ]);
  });
});
