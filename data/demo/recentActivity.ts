/**
 * The facts dialog tests and demos rely on, placed relative to "now": recent orders in every
 * delivery status and a few pending card payments. Figures here are fixed, not drawn.
 */
import type { DemoEntry } from './catalog';
import type { DemoCalendar } from './calendar';
import type { DemoOrder, OrderLine } from './orders';

const HOUR_MS = 3_600_000;

const line = (name: string, unitCents: number, quantity = 1, vatPermille = 200): OrderLine =>
  ({ name, unitCents, quantity, vatPermille });

export function recentOrders(customerId: string, calendar: DemoCalendar): DemoOrder[] {
  const c = calendar;
  switch (customerId) {
    case 'c1': return [
      { key: 'mollat', shop: { merchant: 'Librairie Mollat', description: 'CB MOLLAT BORDEAUX', carrier: 'Colissimo' },
        orderNumber: 'ML-458213', trackingNumber: '6A45821390012', at: c.inMonth(1, 14, 15, 20), paymentStatus: 'booked',
        lines: [line("L'Anomalie", 2200, 1, 55), line('Le Petit Prince', 890, 1, 55)],
        delivery: { status: 'delivered', estimatedDelivery: c.dateOf(c.inMonth(1, 17, 12, 0)), deliveredAt: c.inMonth(1, 17, 11, 5) } },
      { key: 'amazon', shop: { merchant: 'Amazon', description: 'CB AMAZON EU SARL', carrier: 'Amazon Logistics' },
        orderNumber: '402-8836150-2291107', trackingNumber: 'TBA88361502291', at: c.daysAgo(10, 9, 5), paymentStatus: 'booked',
        lines: [line('Kindle Paperwhite', 16999), line('Gourde isotherme 750 ml', 1990, 2)],
        delivery: { status: 'delivered', estimatedDelivery: c.dateIn(-7), deliveredAt: c.daysAgo(7, 13, 42) } },
      { key: 'boulanger', shop: { merchant: 'Boulanger', description: 'CB BOULANGER.COM', carrier: 'Chronopost' },
        orderNumber: 'BL-771204519', trackingNumber: 'XY771204519FR', at: c.daysAgo(4, 18, 40), paymentStatus: 'booked',
        lines: [line('Aspirateur balai Dyson V12', 49900)],
        delivery: { status: 'in_transit', estimatedDelivery: c.dateIn(2), deliveredAt: null } },
      { key: 'fnac', shop: { merchant: 'Fnac', description: 'CB FNAC.COM', carrier: 'Colissimo' },
        orderNumber: 'FN-20418836', trackingNumber: '6A20418836417', at: c.daysAgo(2, 20, 14), paymentStatus: 'booked',
        lines: [line('Casque Sony WH-1000XM5', 34999), line('Câble USB-C 1 m', 1299)],
        delivery: { status: 'shipped', estimatedDelivery: c.dateIn(3), deliveredAt: null } },
      { key: 'decathlon', shop: { merchant: 'Decathlon', description: 'CB DECATHLON.FR', carrier: 'DPD' },
        orderNumber: 'DK-55210934', trackingNumber: '05520934117', at: c.daysAgo(1, 21, 30), paymentStatus: 'pending',
        lines: [line('Tente 2 Seconds Easy 2 places', 11999)],
        delivery: { status: 'ordered', estimatedDelivery: c.dateIn(6), deliveredAt: null } },
    ];
    case 'c2': return [
      { key: 'amazon', shop: { merchant: 'Amazon', description: 'CARD AMAZON.CO.UK', carrier: 'Amazon Logistics' },
        orderNumber: '203-9912055-1874420', trackingNumber: 'TBA99120551874', at: c.daysAgo(12, 8, 45), paymentStatus: 'booked',
        lines: [line('The Thursday Murder Club (paperback)', 999), line('A5 notebooks (pack of 3)', 1299)],
        delivery: { status: 'delivered', estimatedDelivery: c.dateIn(-9), deliveredAt: c.daysAgo(9, 15, 20) } },
      { key: 'argos', shop: { merchant: 'Argos', description: 'CARD ARGOS LTD', carrier: 'Royal Mail' },
        orderNumber: 'AR-300918274', trackingNumber: 'RM30091827400', at: c.daysAgo(8, 12, 30), paymentStatus: 'booked',
        lines: [line('Cordless vacuum cleaner', 12999)],
        delivery: { status: 'delayed', estimatedDelivery: c.dateIn(2), deliveredAt: null } },
      { key: 'johnlewis', shop: { merchant: 'John Lewis', description: 'CARD JOHN LEWIS', carrier: 'DPD' },
        orderNumber: 'JL-61734095', trackingNumber: '05617340955', at: c.daysAgo(5, 20, 5), paymentStatus: 'booked',
        lines: [line('Feather duvet, king size', 12000), line('Pillow pair', 4500)],
        delivery: { status: 'in_transit', estimatedDelivery: c.dateIn(1), deliveredAt: null } },
      { key: 'amazon-echo', shop: { merchant: 'Amazon', description: 'CARD AMAZON.CO.UK', carrier: 'Amazon Logistics' },
        orderNumber: '203-4471982-5530716', trackingNumber: 'TBA44719825530', at: c.daysAgo(3, 19, 12), paymentStatus: 'booked',
        lines: [line('Echo Dot (5th gen)', 5999), line('USB-C charger', 2499)],
        delivery: { status: 'out_for_delivery', estimatedDelivery: c.dateIn(0), deliveredAt: null } },
    ];
    default: return [];
  }
}

/** Card payments of the last hours that the bank has not booked yet. */
export function pendingEntries(customerId: string, calendar: DemoCalendar): DemoEntry[] {
  const hoursAgo = (hours: number) => new Date(calendar.now.getTime() - hours * HOUR_MS);
  const pending = (hours: number, cents: number, description: string, merchant: string, category: DemoEntry['category']): DemoEntry =>
    ({ account: 'checking', at: hoursAgo(hours), cents, description, merchant, category, status: 'pending' });
  switch (customerId) {
    case 'c1': return [pending(20, -2365, 'CB MONOPRIX REPUBLIQUE', 'Monoprix', 'groceries'), pending(3, -1840, 'CB UBER *TRIP', 'Uber', 'transport')];
    case 'c2': return [pending(2, -745, 'CARD PRET A MANGER', 'Pret A Manger', 'restaurants')];
    case 'c3': return [pending(20, -3412, 'CB CARREFOUR PARIS 11', 'Carrefour', 'groceries')];
    case 'c4': return [pending(26, -2890, 'CARD TESCO STORES 3041', 'Tesco', 'groceries')];
    default: return [];
  }
}
