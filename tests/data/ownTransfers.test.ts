import { AccountStore } from '../../data/accountStore';
import { dayRangeToInstants } from '../../data/time';
import type { TransactionFilter } from '../../data/types';
import { ownTransfersBank } from './fixtures/ownTransfersBank';
import { importedBank } from '../support/importedBank';
import { ENGINES } from '../support/engines';

const TIME_ZONE = 'Europe/Paris';
const NOVEMBER = { start: '2026-11-01', end: '2026-11-30' };
const K1 = ['k1-c', 'k1-s', 'k1-v'];

// The suite only reads: one database per engine.
describe.each(ENGINES)('money moved between own accounts, on %s', (_engine, open) => {
  const bank = importedBank(open, ownTransfersBank, TIME_ZONE);

  /** The same figure straight from the table, written independently of the store's clause. */
  async function sqlSum(direction: 'in' | 'out', ownTransfers: 'without' | 'with'): Promise<{ cents: number; count: number } | undefined> {
    const range = dayRangeToInstants(NOVEMBER.start, NOVEMBER.end, TIME_ZONE);
    return bank.engine.sql.statement<{ cents: number; count: number }>(`
      SELECT coalesce(sum(abs(amount_cents)), 0) AS cents, count(*) AS count FROM transactions
      WHERE account_id IN ('k1-c', 'k1-s', 'k1-v') AND booked_at >= @start AND booked_at < @end
        AND ${direction === 'out' ? 'amount_cents < 0' : 'amount_cents > 0'}
        ${ownTransfers === 'without' ? 'AND counterparty_account_id IS NULL' : ''}`).get(range);
  }

  const november = (more: TransactionFilter = {}): TransactionFilter =>
    ({ accountIds: K1, period: NOVEMBER, excludeOwnTransfers: true, ...more });

  it('imports the other side of each movement, and the card without IBAN with its last four digits', async () => {
    const pairs = await bank.engine.sql.statement('SELECT id, counterparty_account_id AS other FROM transactions WHERE counterparty_account_id IS NOT NULL ORDER BY id').all();
    expect(pairs).toEqual([
      { id: 'p1', other: 'k1-v' }, { id: 'p2', other: 'k1-c' }, { id: 'x1', other: 'k1-s' }, { id: 'x2', other: 'k1-c' },
    ]);
    expect(await new AccountStore(bank.engine.sql).account('k1', 'k1-v')).toEqual({
      id: 'k1-v', customerId: 'k1', type: 'credit_card', name: 'Carte Visa', iban: null, cardLast4: '4242', currency: 'EUR', balanceCents: -14839,
    });
  });

  it('leaves them out of spending: 217,94 € in 4 payments, 23,65 € pending, 2 transfers left out', async () => {
    expect(await bank.store.totals('k1', november({ direction: 'out' }))).toEqual({ totalCents: 21794, count: 4, pendingCents: 2365, ownTransfersLeftOut: 2 });
    expect(await sqlSum('out', 'without')).toEqual({ cents: 21794, count: 4 });
    // Counted in, they would add 470,00 € and 312,48 €: the double count the customer complained of.
    expect(await bank.store.totals('k1', { ...november({ direction: 'out' }), excludeOwnTransfers: false }))
      .toEqual({ totalCents: 100042, count: 6, pendingCents: 2365, ownTransfersLeftOut: 0 });
    expect(await sqlSum('out', 'with')).toEqual({ cents: 100042, count: 6 });
  });

  it('leaves them out of income: 2 560,00 € in 2 payments, by payer, the friend\'s transfer included', async () => {
    expect(await bank.store.totals('k1', november({ direction: 'in' }))).toEqual({ totalCents: 256000, count: 2, pendingCents: 0, ownTransfersLeftOut: 2 });
    expect(await sqlSum('in', 'without')).toEqual({ cents: 256000, count: 2 });
    expect(await bank.store.incomeByPayer('k1', { accountIds: K1, period: NOVEMBER })).toEqual([
      { payer: 'Thales', totalCents: 250000, count: 1 },
      { payer: 'Paul Martin', totalCents: 6000, count: 1 },
    ]);
    expect(await bank.store.incomeByPayer('k1', { accountIds: K1 })).toEqual([
      { payer: 'Thales', totalCents: 500000, count: 2 },
      { payer: 'Paul Martin', totalCents: 6000, count: 1 },
    ]);
  });

  it('is never the biggest expense, nor a match of an amount filter', async () => {
    expect(await bank.store.biggestExpense('k1', { accountIds: K1, period: NOVEMBER })).toMatchObject({ id: 'v1', amountCents: -12999 });
    const over100 = await bank.store.search('k1', { ...november({ direction: 'out', minCents: 10000 }), limit: 10, offset: 0 });
    expect(over100.transactions.map((t) => t.id)).toEqual(['v1']);
    expect(await bank.store.latestIncome('k1', { accountIds: ['k1-s'] })).toEqual([]);
  });

  it('still lists them when the question is the movements themselves', async () => {
    const page = await bank.store.search('k1', { accountIds: K1, period: NOVEMBER, category: 'transfer', limit: 10, offset: 0 });
    expect(page.transactions.map((t) => t.id)).toEqual(['x2', 'x1', 'f1', 'p2', 'p1']);
  });

  it('keeps every other customer out of the figures', async () => {
    expect(await bank.store.totals('k2', { period: NOVEMBER, direction: 'out', excludeOwnTransfers: true }))
      .toEqual({ totalCents: 6000, count: 1, pendingCents: 0, ownTransfersLeftOut: 0 });
    expect(await bank.store.incomeByPayer('k2', { accountIds: K1 })).toEqual([]);
  });
});
