import { generateDemoBank } from '../../../data/demo/generate';
import { parseCents } from '../../../data/money';
import { DELIVERY_STATUSES } from '../../../data/types';

const NOW = new Date('2026-11-29T10:00:00+01:00');
const ZONE = 'Europe/Paris';
const CATEGORIES = ['salary', 'groceries', 'restaurants', 'transport', 'shopping', 'utilities', 'housing',
  'health', 'entertainment', 'travel', 'subscriptions', 'transfer', 'cash'];

describe('generateDemoBank', () => {
  const bank = generateDemoBank(NOW, ZONE);
  const transactions = bank.transactions ?? [];
  const receipts = bank.receipts ?? [];
  const deliveries = bank.deliveries ?? [];
  const receiptOf = (orderNumber: string) => receipts.find((r) => r.orderNumber === orderNumber);
  const deliveryOf = (receiptId: string | undefined) => deliveries.find((d) => d.receiptId === receiptId);

  it('is deterministic for the same now', () => {
    expect(generateDemoBank(new Date(NOW), ZONE)).toEqual(bank);
  });

  it('keeps its figures when now moves, only the dates follow', () => {
    const later = generateDemoBank(new Date('2027-03-15T09:00:00+01:00'), ZONE);
    expect(later.accounts?.find((a) => a.id === 'c1-savings')?.balance).toBe('12452.07');
    expect(later.receipts?.find((r) => r.id === 'c1-r-fnac')?.total).toBe('362.98');
  });

  it('has the four customers and their accounts', () => {
    expect(bank.customers).toEqual([
      { id: 'c1', name: 'Camille Martin', locale: 'fr-FR' },
      { id: 'c2', name: 'James Wilson', locale: 'en-GB' },
      { id: 'c3', name: 'Léa Dubois', locale: 'fr-FR' },
      { id: 'c4', name: 'Emily Clarke', locale: 'en-GB' },
    ]);
    expect(bank.accounts?.map((a) => [a.id, a.type, a.name, a.balance])).toEqual([
      ['c1-checking', 'checking', 'Compte courant', '3482.15'],
      ['c1-savings', 'savings', 'Livret A', '12452.07'],
      ['c1-card', 'credit_card', 'Carte Visa Premier', '-1071.77'],
      ['c2-checking', 'checking', 'Current account', '2916.40'],
      ['c2-savings', 'savings', 'Easy Saver', '8240.00'],
      ['c2-card', 'credit_card', 'Visa credit card', '-558.38'],
      ['c3-checking', 'checking', 'Compte courant', '1987.42'],
      ['c3-savings', 'savings', 'Livret A', '4310.55'],
      ['c4-checking', 'checking', 'Current account', '2204.90'],
      ['c4-savings', 'savings', 'Savings account', '6075.00'],
    ]);
    expect(bank.accounts?.every((a) => a.currency === 'EUR' && (a.type === 'credit_card' ? a.iban === null : /^(FR76|GB\d\d)/.test(a.iban ?? '')))).toBe(true);
    expect(bank.accounts?.filter((a) => a.type === 'credit_card').map((a) => a.cardLast4)).toEqual(['4242', '1881']);
  });

  it('covers twelve months back from now, nothing in the future', () => {
    const times = transactions.map((t) => t.bookedAt).sort();
    expect(times[0] > '2025-11-29T23:00:00.000Z').toBe(true);
    expect(times[0] < '2025-12-05T00:00:00.000Z').toBe(true);
    expect(times[times.length - 1] <= NOW.toISOString()).toBe(true);
    const salaryMonths = new Set(transactions.filter((t) => t.accountId === 'c1-checking' && t.category === 'salary')
      .map((t) => t.bookedAt.slice(0, 7)));
    expect(salaryMonths.size).toBe(12);
  });

  it('uses only the known categories, with a few pending payments', () => {
    expect(new Set(transactions.map((t) => t.category)).size).toBe(CATEGORIES.length);
    expect(transactions.every((t) => CATEGORIES.includes(t.category ?? ''))).toBe(true);
    expect(transactions.filter((t) => t.status === 'pending')).toHaveLength(6);
  });

  it('has a delivery in every status, and delivered ones carry deliveredAt', () => {
    expect(new Set(deliveries.map((d) => d.status))).toEqual(new Set(DELIVERY_STATUSES));
    expect(deliveries.every((d) => (d.status === 'delivered') === (d.deliveredAt !== null))).toBe(true);
  });

  it('gives receipts whose total is the sum of their lines and whose tax is the French VAT share', () => {
    for (const receipt of receipts) {
      const sum = receipt.items.reduce((s, i) => s + i.quantity * (parseCents(i.unitPrice) ?? NaN), 0);
      expect(parseCents(receipt.total)).toBe(sum);
      const transaction = transactions.find((t) => t.id === receipt.transactionId);
      expect(parseCents(transaction?.amount)).toBe(-sum);
    }
    expect(receiptOf('FN-20418836')).toMatchObject({ total: '362.98', tax: '60.50', paymentMethod: 'Visa ****4242' });
    expect(receiptOf('ML-458213')).toMatchObject({ total: '30.90', tax: '1.61' });
  });

  it("gives Camille the orders the demo script tells about", () => {
    expect(deliveryOf(receiptOf('FN-20418836')?.id)).toMatchObject({ status: 'shipped', estimatedDelivery: '2026-12-02' });
    expect(deliveryOf(receiptOf('BL-771204519')?.id)).toMatchObject({ status: 'in_transit', estimatedDelivery: '2026-12-01' });
    expect(deliveryOf(receiptOf('402-8836150-2291107')?.id))
      .toMatchObject({ status: 'delivered', deliveredAt: '2026-11-22T12:42:00.000Z' });
    expect(deliveryOf(receiptOf('DK-55210934')?.id)).toMatchObject({ status: 'ordered', estimatedDelivery: '2026-12-05' });
    expect(receiptOf('ML-458213')?.purchasedAt).toBe('2026-10-14T13:20:00.000Z');
    const carrefourLastMonth = transactions.filter((t) =>
      t.accountId === 'c1-checking' && t.merchant === 'Carrefour' && t.bookedAt.startsWith('2026-10'));
    expect(carrefourLastMonth.map((t) => t.amount)).toEqual(['-38.41', '-80.30', '-41.05', '-36.69']);
  });

  it('gives James his parcels in English terms', () => {
    expect(deliveryOf(receiptOf('203-4471982-5530716')?.id)).toMatchObject({ status: 'out_for_delivery', estimatedDelivery: '2026-11-29' });
    expect(deliveryOf(receiptOf('AR-300918274')?.id)).toMatchObject({ status: 'delayed', estimatedDelivery: '2026-12-01' });
    expect(deliveryOf(receiptOf('JL-61734095')?.id)).toMatchObject({ status: 'in_transit', estimatedDelivery: '2026-11-30' });
    expect(transactions.some((t) => t.accountId === 'c2-checking' && t.merchant === 'Tesco')).toBe(true);
  });
});
