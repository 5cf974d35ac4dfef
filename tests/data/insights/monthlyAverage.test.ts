import type { Dataset } from '../../../data/import/dataset';
import { completeMonths, monthlyAverage, roundedMean } from '../../../data/insights/monthlyAverage';
import { importedBank } from '../../support/importedBank';
import { ENGINES } from '../../support/engines';

const TIME_ZONE = 'Europe/Paris';

/**
 * m1's records start on Friday 14 August 2026 (August is not a whole month of them). By hand, money out
 * without the transfers to her own savings: September 30,00 + 70,00 = 100,00 € (the 70,00 € at 00:15 on
 * 1 September in Paris is 31 August in UTC); October 200,01 €; November 49,99 € (its 00:30 on 1 November in
 * Paris is 31 October in UTC) + 0,01 € = 50,00 €. Three months: 350,01 € in 5 payments, a mean of 116,67 €
 * (116,67 €, rounded from 116,67333…). The 999,00 € of 1 December belongs to a month not over yet.
 */
function averagesBank(): Dataset {
  const tx = (id: string, accountId: string, bookedAt: string, amount: string, more: { counterpartyAccountId?: string; category?: string } = {}) =>
    ({ id, accountId, bookedAt, amount, description: `OP ${id}`, merchant: more.counterpartyAccountId ? null : 'Shop',
      category: more.category ?? 'shopping', status: 'booked' as const, counterpartyAccountId: more.counterpartyAccountId });
  return {
    customers: [{ id: 'm1', name: 'Test Customer', locale: 'fr-FR' }, { id: 'm2', name: 'Other Customer', locale: 'en-GB' }],
    accounts: [
      { id: 'm1-c', customerId: 'm1', type: 'checking', name: 'Compte courant', iban: 'FR7630004000031234567890143', currency: 'EUR', balance: '100.00' },
      { id: 'm1-s', customerId: 'm1', type: 'savings', name: 'Livret A', iban: 'FR7630004000039876543210987', currency: 'EUR', balance: '900.00' },
      { id: 'm2-c', customerId: 'm2', type: 'checking', name: 'Current account', iban: 'GB29NWBK60161331926819', currency: 'EUR', balance: '10.00' },
    ],
    transactions: [
      tx('a1', 'm1-c', '2026-08-14T10:00:00+02:00', '-500.00'),
      tx('s1', 'm1-c', '2026-09-01T00:15:00+02:00', '-70.00'),
      tx('s2', 'm1-c', '2026-09-20T10:00:00+02:00', '-30.00'),
      tx('s3', 'm1-c', '2026-09-25T10:00:00+02:00', '2000.00', { category: 'salary' }),
      tx('o1', 'm1-c', '2026-10-10T10:00:00+02:00', '-200.01'),
      tx('o2', 'm1-c', '2026-10-28T10:00:00+01:00', '-400.00', { category: 'transfer', counterpartyAccountId: 'm1-s' }),
      tx('o3', 'm1-s', '2026-10-28T10:00:00+01:00', '400.00', { category: 'transfer', counterpartyAccountId: 'm1-c' }),
      tx('n1', 'm1-c', '2026-11-01T00:30:00+01:00', '-49.99'),
      tx('n2', 'm1-c', '2026-11-30T23:30:00+01:00', '-0.01'),
      tx('d1', 'm1-c', '2026-12-01T00:10:00+01:00', '-999.00'),
      tx('x1', 'm2-c', '2026-06-01T10:00:00+02:00', '-5.00'),
    ],
  };
}

describe('the complete months a mean covers', () => {
  it('starts at the first whole month of the records and ends before the current month', () => {
    expect(completeMonths('2026-08-14', '2026-12-02')).toEqual({ range: { start: '2026-09-01', end: '2026-11-30' }, count: 3 });
    // Records from the 1st: that month is whole.
    expect(completeMonths('2025-12-01', '2026-11-29')).toEqual({ range: { start: '2025-12-01', end: '2026-10-31' }, count: 11 });
  });

  it('is at most a year', () => {
    expect(completeMonths('2020-03-05', '2026-11-29')).toEqual({ range: { start: '2025-11-01', end: '2026-10-31' }, count: 12 });
  });

  it('keeps to the period asked: its whole months only, none of the current one', () => {
    expect(completeMonths('2025-12-01', '2026-11-29', { start: '2026-01-01', end: '2026-11-29' }))
      .toEqual({ range: { start: '2026-01-01', end: '2026-10-31' }, count: 10 });
    expect(completeMonths('2025-12-01', '2026-11-29', { start: '2026-10-01', end: '2026-10-31' }))
      .toEqual({ range: { start: '2026-10-01', end: '2026-10-31' }, count: 1 });
    // 23-29 November holds no whole month; nor do records that began this month.
    expect(completeMonths('2025-12-01', '2026-11-29', { start: '2026-11-23', end: '2026-11-29' })).toBeNull();
    expect(completeMonths('2026-11-03', '2026-11-29')).toBeNull();
  });

  it('rounds the mean to the nearest cent, a half cent up, in integers', () => {
    expect(roundedMean(35001, 3)).toBe(11667);
    expect(roundedMean(3, 2)).toBe(2);
    expect(roundedMean(5, 2)).toBe(3);
    expect(roundedMean(2302488, 11)).toBe(209317);
    expect(roundedMean(0, 4)).toBe(0);
  });
});

describe.each(ENGINES)('the mean spending per month, on %s', (_engine, open) => {
  const bank = importedBank(open, averagesBank, TIME_ZONE);

  it('knows where each customer\'s records start', async () => {
    expect(await bank.store.firstBookedAt('m1')).toBe('2026-08-14T08:00:00.000Z');
    expect(await bank.store.firstBookedAt('m2')).toBe('2026-06-01T08:00:00.000Z');
    expect(await bank.store.firstBookedAt('nobody')).toBeNull();
  });

  it('September to November: 350,01 € in 5 payments, 116,67 € a month, the own transfer left out', async () => {
    expect(await monthlyAverage(bank.store, 'm1', {}, '2026-12-02', TIME_ZONE)).toEqual({
      span: { start: '2026-09-01', end: '2026-11-30' }, unitCount: 3, totalCents: 35001, count: 5, ownTransfersLeftOut: 1, averageCents: 11667,
    });
  });

  it('over the period asked, and on the accounts asked', async () => {
    expect(await monthlyAverage(bank.store, 'm1', { period: { start: '2026-10-01', end: '2026-10-31' } }, '2026-12-02', TIME_ZONE)).toEqual({
      span: { start: '2026-10-01', end: '2026-10-31' }, unitCount: 1, totalCents: 20001, count: 1, ownTransfersLeftOut: 1, averageCents: 20001,
    });
    // The savings account had nothing spent, over the same whole months of the customer's records.
    expect(await monthlyAverage(bank.store, 'm1', { accountIds: ['m1-s'] }, '2026-12-02', TIME_ZONE)).toEqual({
      span: { start: '2026-09-01', end: '2026-11-30' }, unitCount: 3, totalCents: 0, count: 0, ownTransfersLeftOut: 0, averageCents: 0,
    });
  });

  it('none before a month is over, nor for a customer with no records', async () => {
    expect(await monthlyAverage(bank.store, 'm1', {}, '2026-09-15', TIME_ZONE)).toBeNull();
    expect(await monthlyAverage(bank.store, 'nobody', {}, '2026-12-02', TIME_ZONE)).toBeNull();
  });
});
