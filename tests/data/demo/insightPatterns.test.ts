import { generateDemoBank } from '../../../data/demo/generate';
import { parseCents } from '../../../data/money';
import { localDate } from '../../../data/time';
import { detectRecurring } from '../../../data/insights/recurring';

const NOW = new Date('2026-11-29T10:00:00+01:00');
const ZONE = 'Europe/Paris';

/** The demo bank carries what the insight questions show: a price rise, a quarterly bill due soon, a double charge. */
describe('insight patterns of the demo bank (c3, Sunday 29 November 2026)', () => {
  const transactions = (generateDemoBank(NOW, ZONE).transactions ?? []).filter((t) => t.accountId === 'c3-checking');
  const payments = transactions
    .filter((t) => (parseCents(t.amount) ?? 0) < 0 && !t.counterpartyAccountId)
    .map((t) => ({ id: t.id, accountId: t.accountId, date: localDate(new Date(t.bookedAt), ZONE), amountCents: -(parseCents(t.amount) ?? 0), merchant: t.merchant ?? t.description }));
  const series = detectRecurring(payments, '2026-11-29');

  it('has a subscription whose price rose in August, and a quarterly bill due in four days', () => {
    expect(series.find((s) => s.merchant === 'Canal+')?.priceChange).toEqual({ fromCents: 2299, toCents: 2799, since: '2026-08-14' });
    expect(series.find((s) => s.merchant === 'Eau de Bordeaux Métropole')).toMatchObject({ rhythm: 'quarterly', amountCents: 9640, nextDate: '2026-12-03' });
  });

  it('has the same Deliveroo charge taken twice within minutes, three days ago', () => {
    const deliveroo = transactions.filter((t) => t.merchant === 'Deliveroo');
    expect(deliveroo.map((t) => [t.bookedAt, t.amount])).toEqual([
      ['2026-11-26T18:12:00.000Z', '-34.90'], ['2026-11-26T18:16:00.000Z', '-34.90'],
    ]);
  });

  it('keeps the detection off the merchants paid at random: only the bills and subscriptions are series', () => {
    expect(series.map((s) => s.merchant).sort()).toEqual(
      ['Canal+', 'EDF', 'Eau de Bordeaux Métropole', 'Free', 'Netflix', 'Nexity', 'Orange', 'RATP', 'Spotify']);
  });
});
