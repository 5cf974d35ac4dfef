/**
 * A generated history whose recurring series are known: each series with its dates shifted a little as
 * direct debits are (within the documented tolerances), buried in seeded one-off purchases, some of them
 * at the same merchants.
 */
import type { Payment } from '../../../data/insights/recurring';
import { addDays, stepFrom, type Rhythm } from '../../../data/insights/rhythm';
import { SeededRandom } from '../../../data/demo/random';

interface KnownSeries {
  merchant: string;
  rhythm: Rhythm;
  first: string;
  /** Amounts in order; a change of price shows as a new amount. */
  amounts: number[];
  /** Days each payment moves from its expected date, cycled. */
  shifts: number[];
}

export const TODAY = '2026-11-29';

export const KNOWN: readonly KnownSeries[] = [
  { merchant: 'Netflix', rhythm: 'monthly', first: '2026-01-08', amounts: [1349, 1349, ...Array(9).fill(1599)], shifts: [0, 2, -1, 3, 0] },
  { merchant: 'Basic-Fit', rhythm: 'weekly', first: '2026-09-21', amounts: Array(10).fill(990), shifts: [0, 1, 0, -1] },
  { merchant: 'Eau de Paris', rhythm: 'quarterly', first: '2025-12-05', amounts: [8430, 8430, 8925, 8925], shifts: [0, 4, -2, 1] },
  { merchant: 'OVH', rhythm: 'yearly', first: '2024-12-10', amounts: [1428, 1428], shifts: [0, -6] },
  { merchant: 'Foncia', rhythm: 'monthly', first: '2025-12-02', amounts: Array(12).fill(115000), shifts: [0, 1, 3, -2] },
  // Stopped in May: its next payment was due in June, so it is no longer recurring.
  { merchant: 'Deezer', rhythm: 'monthly', first: '2026-01-20', amounts: Array(5).fill(1099), shifts: [0] },
];

const ONE_OFF_MERCHANTS = ['Amazon', 'Carrefour', 'Fnac', 'Uber', 'Big Mamma'];

export function knownHistory(): Payment[] {
  const payments: Payment[] = [];
  for (const series of KNOWN) {
    series.amounts.forEach((amountCents, index) => {
      const date = addDays(stepFrom(series.first, series.rhythm, index), series.shifts[index % series.shifts.length]);
      payments.push({ id: `${series.merchant}-${index}`, accountId: 'a1', date, amountCents, merchant: series.merchant });
    });
  }
  const random = new SeededRandom(17);
  for (let index = 0; index < 160; index++) {
    const date = addDays('2025-12-01', random.int(0, 363));
    payments.push({ id: `one-off-${index}`, accountId: 'a1', date, amountCents: random.int(300, 15000), merchant: random.pick(ONE_OFF_MERCHANTS) });
  }
  // A gift card bought at a subscription's merchant is a purchase, not part of the series.
  payments.push({ id: 'gift-card', accountId: 'a1', date: '2026-06-14', amountCents: 2500, merchant: 'Netflix' });
  // A charge taken twice on the same day is one payment too many, not a series.
  payments.push({ id: 'double-1', accountId: 'a1', date: '2026-11-20', amountCents: 4990, merchant: 'SFR' });
  payments.push({ id: 'double-2', accountId: 'a1', date: '2026-11-20', amountCents: 4990, merchant: 'SFR' });
  return payments.filter((p) => p.date <= TODAY);
}
