import type { Dataset } from '../../data/import/dataset';
import { weekendDayCount, weekendDaysOf, weekendInstants } from '../../data/weekendDays';
import { importedBank } from '../support/importedBank';
import { ENGINES } from '../support/engines';

const TIME_ZONE = 'Europe/Paris';
const OCTOBER = { start: '2026-10-01', end: '2026-10-31' };

describe('the Saturdays and Sundays inside a period', () => {
  it('October 2026: four whole weekends and Saturday 31, Sunday 1 November being outside', () => {
    expect(weekendDaysOf(OCTOBER)).toEqual([
      { start: '2026-10-03', end: '2026-10-04' }, { start: '2026-10-10', end: '2026-10-11' }, { start: '2026-10-17', end: '2026-10-18' },
      { start: '2026-10-24', end: '2026-10-25' }, { start: '2026-10-31', end: '2026-10-31' },
    ]);
    expect(weekendDayCount(OCTOBER)).toBe(9);
  });

  it('a period starting on a Sunday or holding none', () => {
    expect(weekendDaysOf({ start: '2026-11-01', end: '2026-11-08' })).toEqual([{ start: '2026-11-01', end: '2026-11-01' }, { start: '2026-11-07', end: '2026-11-08' }]);
    expect(weekendDayCount({ start: '2026-11-23', end: '2026-11-27' })).toBe(0);
  });

  it('in instants of the bank\'s zone: the weekend of the clock change lasts 49 hours', () => {
    const instants = weekendInstants(OCTOBER, TIME_ZONE);
    expect(instants[3]).toEqual(['2026-10-23T22:00:00.000Z', '2026-10-25T23:00:00.000Z']);
    expect(instants[4]).toEqual(['2026-10-30T23:00:00.000Z', '2026-10-31T23:00:00.000Z']);
  });
});

/**
 * Around the weekend of 24-25 October 2026 (clocks go back at 03:00 on the Sunday) and the end of the month,
 * in Paris time: only the movements of a Saturday or a Sunday of October count.
 */
function edgesBank(): Dataset {
  const tx = (id: string, bookedAt: string, amount: string) =>
    ({ id, accountId: 'w1-c', bookedAt, amount, description: `OP ${id}`, merchant: 'Shop', category: 'shopping', status: 'booked' as const });
  return {
    customers: [{ id: 'w1', name: 'Test Customer', locale: 'fr-FR' }],
    accounts: [{ id: 'w1-c', customerId: 'w1', type: 'checking', name: 'Compte courant', iban: 'FR7630004000031234567890143', currency: 'EUR', balance: '100.00' }],
    transactions: [
      tx('fri', '2026-10-23T23:59:00+02:00', '-1.00'),
      tx('sat', '2026-10-24T00:00:00+02:00', '-10.00'),
      tx('sun', '2026-10-25T23:30:00+01:00', '-100.00'),
      tx('mon', '2026-10-26T00:00:00+01:00', '-1000.00'),
      tx('sat31', '2026-10-31T23:59:00+01:00', '-0.01'),
      tx('sun1', '2026-11-01T00:30:00+01:00', '-2.00'),
      tx('in', '2026-10-10T12:00:00+02:00', '50.00'),
    ],
  };
}

describe.each(ENGINES)('transactions of the weekends only, on %s', (_engine, open) => {
  const bank = importedBank(open, edgesBank, TIME_ZONE);

  it('spending on October\'s weekends: 110,01 € in 3 payments (Saturday 24 at midnight, Sunday 25 at 23:30, Saturday 31 at 23:59)', async () => {
    expect(await bank.store.totals('w1', { period: OCTOBER, days: 'weekend', direction: 'out', excludeOwnTransfers: true }))
      .toEqual({ totalCents: 11001, count: 3, pendingCents: 0, ownTransfersLeftOut: 0 });
    // The whole month, for comparison: Friday 23 and Monday 26 too.
    expect((await bank.store.totals('w1', { period: OCTOBER, direction: 'out' })).totalCents).toBe(111101);
  });

  it('a list of them, newest first, money in included', async () => {
    const page = await bank.store.search('w1', { period: OCTOBER, days: 'weekend', limit: 10, offset: 0 });
    expect(page.transactions.map((t) => t.id)).toEqual(['sat31', 'sun', 'sat', 'in']);
    expect(page.total).toBe(4);
  });
});
