import { ReceiptStore } from '../../data/receiptStore';
import { TIME_ZONE, smallBankOn } from './fixtures/smallBankDb';
import { ENGINES, type EngineDatabase } from '../support/engines';

describe.each(ENGINES)('ReceiptStore on %s', (_engine, open) => {
  let db: EngineDatabase;
  let store: ReceiptStore;
  beforeAll(async () => {
    db = await smallBankOn(open);
    store = new ReceiptStore(db.sql, { timeZone: TIME_ZONE });
  });
  afterAll(() => db.close());

  it('reads one receipt with its lines in order and the account\'s currency', async () => {
    expect(await store.receipt('c1', 'r1')).toEqual({
      id: 'r1', transactionId: 't5', accountId: 'a1', merchant: 'Fnac', orderNumber: 'FN-1001', paymentMethod: 'Visa ****4242',
      purchasedAt: '2026-11-10T18:00:00.000Z', taxCents: 2167, totalCents: 12999, currency: 'EUR',
      items: [{ name: 'Casque', quantity: 1, unitPriceCents: 9999 }, { name: 'Câble', quantity: 2, unitPriceCents: 1500 }],
    });
  });

  it('finds receipts by merchant, order number or purchase period, newest first', async () => {
    expect((await store.find('c1', {})).map((r) => r.id)).toEqual(['r1', 'r2']);
    expect((await store.find('c1', { merchant: 'FNAC' })).map((r) => r.id)).toEqual(['r1']);
    expect((await store.find('c1', { orderNumber: 'amz-1' })).map((r) => r.id)).toEqual(['r2']);
    expect((await store.find('c1', { period: { start: '2026-11-01', end: '2026-11-05' } })).map((r) => r.id)).toEqual(['r2']);
    expect(await store.find('c1', { period: { start: '2026-10-01', end: '2026-10-31' } })).toEqual([]);
    expect((await store.find('c1', {}, 1)).map((r) => r.id)).toEqual(['r1']);
  });

  it('gives the most recent receipt, optionally of one merchant', async () => {
    expect((await store.latest('c1'))?.id).toBe('r1');
    expect((await store.latest('c1', { merchant: 'amazon' }))?.items).toEqual([{ name: 'Livre', quantity: 1, unitPriceCents: 3500 }]);
    expect(await store.latest('c1', { merchant: 'Tesco' })).toBeNull();
  });

  it('treats another customer\'s receipt exactly like a missing one', async () => {
    expect(await store.receipt('c2', 'r1')).toBeNull();
    expect(await store.receipt('c2', 'nope')).toBeNull();
    expect(await store.find('c2', { orderNumber: 'FN-1001' })).toEqual([]);
    expect(await store.latest('c2', { merchant: 'Fnac' })).toBeNull();
    expect((await store.latest('c2'))?.id).toBe('s1');
  });
});
