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
