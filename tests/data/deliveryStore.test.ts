import { DeliveryStore } from '../../data/deliveryStore';
import { TIME_ZONE, smallBankOn } from './fixtures/smallBankDb';
import { ENGINES, type EngineDatabase } from '../support/engines';

describe.each(ENGINES)('DeliveryStore on %s', (_engine, open) => {
  let db: EngineDatabase;
  let store: DeliveryStore;
  beforeAll(async () => {
    db = await smallBankOn(open);
    store = new DeliveryStore(db.sql, { timeZone: TIME_ZONE });
  });
  afterAll(() => db.close());

  it('lists the customer\'s deliveries by estimated date, with the receipt\'s merchant and order number', async () => {
    expect(await store.find('c1')).toEqual([
      { id: 'd2', receiptId: 'r2', accountId: 'a1', carrier: 'Chronopost', trackingNumber: 'XY1', status: 'delivered',
        estimatedDelivery: '2026-11-06', deliveredAt: '2026-11-06T10:00:00.000Z', merchant: 'Amazon', orderNumber: 'AMZ-1' },
      { id: 'd1', receiptId: 'r1', accountId: 'a1', carrier: 'Colissimo', trackingNumber: '6A123', status: 'in_transit',
        estimatedDelivery: '2026-12-02', deliveredAt: null, merchant: 'Fnac', orderNumber: 'FN-1001' },
    ]);
  });

  it('filters by merchant, order number, receipt, status, and parcels still under way', async () => {
    expect((await store.find('c1', { merchant: 'fnac' })).map((d) => d.id)).toEqual(['d1']);
    expect((await store.find('c1', { orderNumber: 'AMZ-1' })).map((d) => d.id)).toEqual(['d2']);
    expect((await store.find('c1', { receiptId: 'r1' })).map((d) => d.id)).toEqual(['d1']);
    expect((await store.find('c1', { status: 'delivered' })).map((d) => d.id)).toEqual(['d2']);
    expect((await store.underWay('c1')).map((d) => d.id)).toEqual(['d1']);
    expect((await store.underWay('c2')).map((d) => d.id)).toEqual(['e1']);
  });

  it('treats another customer\'s delivery exactly like a missing one', async () => {
    expect((await store.delivery('c1', 'd1'))?.status).toBe('in_transit');
    expect(await store.delivery('c2', 'd1')).toBeNull();
    expect(await store.delivery('c2', 'nope')).toBeNull();
    expect(await store.find('c2', { orderNumber: 'FN-1001' })).toEqual([]);
    expect(await store.find('c2', { receiptId: 'r1' })).toEqual([]);
  });
});
