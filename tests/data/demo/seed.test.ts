import { openDatabase } from '../../../data/database';
import { seedDemoBankIfEmpty } from '../../../data/demo/seed';
import { TransactionStore } from '../../../data/transactionStore';
import { rowCounts } from '../fixtures/counts';

const ZONE = 'Europe/Paris';

describe('seedDemoBankIfEmpty', () => {
  it('seeds an empty database once', async () => {
    const db = openDatabase(':memory:');
    expect(await seedDemoBankIfEmpty(db, new Date('2026-11-29T10:00:00+01:00'), ZONE)).toBe(true);
    const counts = await rowCounts(db);
    expect(counts.customers).toBe(4);
    expect(await seedDemoBankIfEmpty(db, new Date('2026-11-30T10:00:00+01:00'), ZONE)).toBe(false);
    expect(await rowCounts(db)).toEqual(counts);
    db.close();
  });

  it('gives the exact balances dialogs can quote', async () => {
    const db = openDatabase(':memory:');
    await seedDemoBankIfEmpty(db, new Date('2026-11-29T10:00:00+01:00'), ZONE);
    const store = new TransactionStore(db, { timeZone: ZONE });
    expect(await store.balanceAt('c1', 'c1-checking', '2026-10-31')).toBe(347732);
    expect(await store.balanceAt('c1', 'c1-savings', '2026-10-31')).toBe(1198207);
    expect(await store.totals('c1', { merchant: 'Carrefour', period: { start: '2026-10-01', end: '2026-10-31' }, direction: 'out' }))
      .toEqual({ totalCents: 19645, count: 4, pendingCents: 0, ownTransfersLeftOut: 0 });
    db.close();
  });

  // Checking and savings stay in credit every day of the year, whatever day of the month "now" is.
  it.each(['2026-11-01', '2026-11-25', '2026-11-27', '2026-11-28', '2027-02-28'])('keeps balances positive for now = %s', async (day) => {
    const now = new Date(`${day}T15:00:00Z`);
    const db = openDatabase(':memory:');
    await seedDemoBankIfEmpty(db, now, ZONE);
    const store = new TransactionStore(db, { timeZone: ZONE });
    for (const customerId of ['c1', 'c2', 'c3', 'c4']) {
      for (const role of ['checking', 'savings']) {
        for (let daysBack = 0; daysBack <= 366; daysBack += 1) {
          const date = new Date(now.getTime() - daysBack * 86_400_000).toISOString().slice(0, 10);
          expect(await store.balanceAt(customerId, `${customerId}-${role}`, date)).toBeGreaterThan(0);
        }
      }
    }
    db.close();
  });
});
