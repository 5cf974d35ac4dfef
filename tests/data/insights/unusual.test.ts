import { unusualReasons, type TimedPayment } from '../../../data/insights/unusual';

const paid = (id: string, bookedAt: string, amountCents: number): TimedPayment =>
  ({ id, accountId: 'a1', bookedAt, date: bookedAt.slice(0, 10), amountCents, merchant: 'Netflix' });

describe('unusualReasons', () => {
  it('flags the same amount within 24 hours, not after', () => {
    const earlier = [paid('p1', '2026-11-28T10:00:00Z', 4200)];
    expect(unusualReasons(paid('p2', '2026-11-29T10:00:00Z', 4200), earlier)).toEqual([{ kind: 'duplicate' }]);
    expect(unusualReasons(paid('p2', '2026-11-29T10:00:01Z', 4200), earlier)).toEqual([]);
    expect(unusualReasons(paid('p2', '2026-11-28T12:00:00Z', 4201), earlier)).toEqual([]);
  });

  it('flags a first payment from 100,00 € up', () => {
    expect(unusualReasons(paid('p1', '2026-11-29T10:00:00Z', 10000), [])).toEqual([{ kind: 'firstPayment' }]);
    expect(unusualReasons(paid('p1', '2026-11-29T10:00:00Z', 9999), [])).toEqual([]);
  });

  it('flags a recurring payment more than 10 % dearer than its latest amount', () => {
    const series = ['2026-08-08', '2026-09-08', '2026-10-08', '2026-11-08'].map((d, i) => paid(`n${i}`, `${d}T06:00:00Z`, 1349));
    expect(unusualReasons(paid('n4', '2026-12-08T06:00:00Z', 1599), series)).toEqual([{ kind: 'priceRise', usualCents: 1349 }]);
    expect(unusualReasons(paid('n4', '2026-12-08T06:00:00Z', 1483), series)).toEqual([]);
  });
});
