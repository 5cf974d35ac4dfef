import { seedDemoBankIfEmpty } from '../../data/demo/seed';
import { AccountStore } from '../../data/accountStore';
import { DeliveryStore } from '../../data/deliveryStore';
import { ReceiptStore } from '../../data/receiptStore';
import { TransactionStore } from '../../data/transactionStore';
import { ENGINES, type EngineDatabase } from '../support/engines';

const NOW = new Date('2026-11-29T10:00:00+01:00');
const ZONE = { timeZone: 'Europe/Paris' };

/**
 * James (c2) naming Camille's (c1) order number, receipt, delivery, account or merchant gets exactly
 * what he gets for something that does not exist: nothing to tell the two apart. The same on both engines.
 */
describe.each(ENGINES)('on %s, every store answers another customer\'s record as "not found"', (_engine, open) => {
  let db: EngineDatabase;
  let accounts: AccountStore;
  let transactions: TransactionStore;
  let receipts: ReceiptStore;
  let deliveries: DeliveryStore;

  beforeAll(async () => {
    db = await open();
    await seedDemoBankIfEmpty(db.sql, NOW, ZONE.timeZone);
    accounts = new AccountStore(db.sql);
    transactions = new TransactionStore(db.sql, ZONE);
    receipts = new ReceiptStore(db.sql, ZONE);
    deliveries = new DeliveryStore(db.sql, ZONE);
  });
  afterAll(() => db.close());

  it('the records exist for their owner', async () => {
    expect((await accounts.account('c1', 'c1-savings'))?.balanceCents).toBe(1_245_207);
    expect((await receipts.receipt('c1', 'c1-r-fnac'))?.orderNumber).toBe('FN-20418836');
    expect((await receipts.find('c1', { orderNumber: 'FN-20418836' })).map((r) => r.totalCents)).toEqual([36_298]);
    expect((await deliveries.delivery('c1', 'c1-d-fnac'))?.estimatedDelivery).toBe('2026-12-02');
    expect(await deliveries.find('c1', { orderNumber: 'FN-20418836' })).toHaveLength(1);
    expect((await deliveries.find('c1', { receiptId: 'c1-r-boulanger' })).map((d) => d.orderNumber)).toEqual(['BL-771204519']);
    expect((await receipts.find('c1', { merchant: 'Fnac' })).map((r) => r.orderNumber)).toEqual(['FN-20418836', 'FN-02524837', 'FN-41462344']);
    expect(await transactions.totals('c1', { merchant: 'Carrefour', period: { start: '2026-10-01', end: '2026-10-31' }, direction: 'out' }))
      .toEqual({ totalCents: 19_645, count: 4, pendingCents: 0, ownTransfersLeftOut: 0 });
    expect(await transactions.balanceAt('c1', 'c1-checking', '2026-10-31')).toBe(347_732);
  });

  it.each([
    ['an account', async () => await accounts.account('c2', 'c1-savings'), async () => await accounts.account('c2', 'no-such-account')],
    ['a receipt by id', async () => await receipts.receipt('c2', 'c1-r-fnac'), async () => await receipts.receipt('c2', 'c2-r-nothing')],
    ['an order number', async () => await receipts.find('c2', { orderNumber: 'FN-20418836' }), async () => await receipts.find('c2', { orderNumber: 'FN-00000000' })],
    ['a merchant\'s receipts', async () => await receipts.find('c2', { merchant: 'Fnac' }), async () => await receipts.find('c2', { merchant: 'Nowhere' })],
    ['a delivery by id', async () => await deliveries.delivery('c2', 'c1-d-fnac'), async () => await deliveries.delivery('c2', 'c2-d-nothing')],
    ['a delivery by order number', async () => await deliveries.find('c2', { orderNumber: 'BL-771204519' }), async () => await deliveries.find('c2', { orderNumber: 'BL-000000000' })],
    ['a delivery by receipt', async () => await deliveries.find('c2', { receiptId: 'c1-r-boulanger' }), async () => await deliveries.find('c2', { receiptId: 'c2-r-nothing' })],
    ['transactions of an account', async () => await transactions.search('c2', { accountIds: ['c1-checking'], limit: 10, offset: 0 }),
      async () => await transactions.search('c2', { accountIds: ['no-such-account'], limit: 10, offset: 0 })],
    ['a merchant\'s total', async () => await transactions.totals('c2', { merchant: 'Carrefour', direction: 'out' }),
      async () => await transactions.totals('c2', { merchant: 'Nowhere', direction: 'out' })],
    ['a past balance', async () => await transactions.balanceAt('c2', 'c1-checking', '2026-10-31'), async () => await transactions.balanceAt('c2', 'nope', '2026-10-31')],
  ])('%s of c1 asked by c2 reads exactly as one that does not exist', async (_what, othersRecord, missingRecord) => {
    const answer = await othersRecord();
    expect(answer).toEqual(await missingRecord());
    expect(answer === null || (Array.isArray(answer) && answer.length === 0) || JSON.stringify(answer).match(/"(?:total|totalCents|count)":0/))
      .toBeTruthy();
  });
});
