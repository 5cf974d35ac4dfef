import { TransactionStore } from '../../data/transactionStore';
import type { TransactionFilter } from '../../data/types';
import { TIME_ZONE, smallBankOn } from './fixtures/smallBankDb';
import { ENGINES, type EngineDatabase } from '../support/engines';

const NOVEMBER = { start: '2026-11-01', end: '2026-11-30' };
const OCTOBER = { start: '2026-10-01', end: '2026-10-31' };

describe.each(ENGINES)('TransactionStore on %s', (_engine, open) => {
  let db: EngineDatabase;
  let store: TransactionStore;
  beforeAll(async () => {
    db = await smallBankOn(open);
    store = new TransactionStore(db.sql, { timeZone: TIME_ZONE });
  });
  afterAll(() => db.close());

  const ids = async (filter: TransactionFilter, limit = 50, offset = 0, customerId = 'c1') =>
    (await store.search(customerId, { ...filter, limit, offset })).transactions.map((t) => t.id);

  describe('search', () => {
    it('returns the period newest first, in the bank\'s zone, pending included', async () => {
      expect((await store.search('c1', { period: NOVEMBER, limit: 50, offset: 0 })).total).toBe(6);
      expect(await ids({ period: NOVEMBER })).toEqual(['t7', 't8', 't6', 't5', 't9', 't4']);
      expect(await ids({ period: OCTOBER })).toEqual(['t3', 't2', 't1']);
    });

    it('maps rows to the domain type', async () => {
      expect((await store.search('c1', { merchant: 'Monoprix', limit: 1, offset: 0 })).transactions[0]).toEqual({
        id: 't4', accountId: 'a1', bookedAt: '2026-10-31T23:30:00.000Z', amountCents: -1250,
        description: 'CB MONOPRIX', merchant: 'Monoprix', category: 'groceries', status: 'booked', counterpartyAccountId: null,
      });
    });

    it('pages with limit and offset while counting every match', async () => {
      expect(await store.search('c1', { period: NOVEMBER, limit: 2, offset: 2 })).toMatchObject({ total: 6 });
      expect(await ids({ period: NOVEMBER }, 2, 2)).toEqual(['t6', 't5']);
    });

    it('filters by merchant and category regardless of case, by account, amount, direction and status', async () => {
      expect(await ids({ merchant: 'carrefour' })).toEqual(['t3', 't2']);
      expect(await ids({ category: 'SHOPPING' })).toEqual(['t5', 't9']);
      expect(await ids({ accountIds: ['a2'] })).toEqual(['t8']);
      expect(await ids({ minCents: 3000, maxCents: 15000 })).toEqual(['t5', 't9', 't2']);
      expect(await ids({ direction: 'in' })).toEqual(['t8', 't1']);
      expect(await ids({ status: 'pending' })).toEqual(['t7']);
    });

    it('leaves out a merchant or a category regardless of case, keeping movements that have none', async () => {
      expect(await ids({})).toEqual(['t7', 't8', 't6', 't5', 't9', 't4', 't3', 't2', 't1']);
      // t6 and t8, transfers with no merchant, are not Carrefour.
      expect(await ids({ notMerchant: 'CARREFOUR' })).toEqual(['t7', 't8', 't6', 't5', 't9', 't4', 't1']);
      expect(await ids({ notCategory: 'groceries' })).toEqual(['t7', 't8', 't6', 't5', 't9', 't1']);
    });

    it('never shows another customer\'s transactions', async () => {
      expect(await store.search('c2', { accountIds: ['a1'], limit: 10, offset: 0 })).toEqual({ transactions: [], total: 0 });
      expect(await ids({ merchant: 'Carrefour' }, 10, 0, 'c2')).toEqual([]);
      expect(await ids({}, 10, 0, 'nobody')).toEqual([]);
    });
  });

  describe('totals', () => {
    it('sums money out as a positive amount', async () => {
      expect(await store.totals('c1', { merchant: 'Carrefour', direction: 'out' })).toEqual({ totalCents: 6590, count: 2, pendingCents: 0, ownTransfersLeftOut: 0 });
      expect(await store.totals('c1', { period: OCTOBER, direction: 'out' })).toMatchObject({ totalCents: 6590, count: 2 });
      expect(await store.totals('c1', { period: NOVEMBER, accountIds: ['a1'], direction: 'out' })).toEqual({ totalCents: 48589, count: 5, pendingCents: 840, ownTransfersLeftOut: 0 });
    });

    it('sums signed amounts without a direction, and money in with direction in', async () => {
      expect(await store.totals('c1', { period: NOVEMBER })).toMatchObject({ totalCents: -18589, count: 6 });
      expect(await store.totals('c1', { direction: 'in' })).toMatchObject({ totalCents: 280000, count: 2 });
    });

    it('is zero for nothing, and for another customer\'s account', async () => {
      expect(await store.totals('c1', { merchant: 'Nowhere' })).toEqual({ totalCents: 0, count: 0, pendingCents: 0, ownTransfersLeftOut: 0 });
      expect(await store.totals('c2', { accountIds: ['a1'], direction: 'out' })).toEqual({ totalCents: 0, count: 0, pendingCents: 0, ownTransfersLeftOut: 0 });
    });
  });

  it('finds the biggest expense of a filter', async () => {
    // t6 (300,00 € to the Livret A) is a transfer between own accounts, not an expense.
    expect((await store.biggestExpense('c1', { period: NOVEMBER }))?.id).toBe('t5');
    expect(await store.biggestExpense('c1', { period: NOVEMBER, category: 'shopping' })).toMatchObject({ id: 't5', amountCents: -12999 });
    expect(await store.biggestExpense('c1', { accountIds: ['a2'] })).toBeNull();
    expect((await store.biggestExpense('c2', { period: NOVEMBER }))?.id).toBe('u1');
  });

  it('finds the latest income, leaving out transfers between own accounts', async () => {
    expect(await store.latestIncome('c1', {})).toMatchObject([{ id: 't1', amountCents: 250000 }]);
    expect((await store.latestIncome('c1', { since: '2026-10-01' })).map((t) => t.id)).toEqual(['t1']);
    expect(await store.latestIncome('c1', { since: '2026-10-02' })).toEqual([]);
    expect(await store.latestIncome('c2', { accountIds: ['a1'] })).toEqual([]);
  });

  describe('balanceAt', () => {
    it('derives the end-of-day balance backwards from booked transactions, ignoring pending ones', async () => {
      expect(await store.balanceAt('c1', 'a1', '2026-11-29')).toBe(100000);
      expect(await store.balanceAt('c1', 'a1', '2026-11-19')).toBe(130000);
      // t4 (00:30 on November 1st, Paris) comes after the end of October 31st.
      expect(await store.balanceAt('c1', 'a1', '2026-10-31')).toBe(147749);
      expect(await store.balanceAt('c1', 'a1', '2026-09-30')).toBe(-95661);
      expect(await store.balanceAt('c1', 'a2', '2026-11-19')).toBe(470000);
    });

    it('is null for another customer\'s account or an unknown one', async () => {
      expect(await store.balanceAt('c2', 'a1', '2026-11-19')).toBeNull();
      expect(await store.balanceAt('c1', 'zz', '2026-11-19')).toBeNull();
    });
  });

  it('lists the customer\'s own merchants and categories', async () => {
    expect(await store.merchantsOf('c1')).toEqual(['ACME', 'Amazon', 'Carrefour', 'Fnac', 'Monoprix', 'Uber']);
    expect(await store.categoriesOf('c1')).toEqual(['groceries', 'salary', 'shopping', 'transfer', 'transport']);
    expect(await store.merchantsOf('c2')).toEqual(['Globex', 'Tesco']);
    expect(await store.merchantsOf('nobody')).toEqual([]);
  });
});
