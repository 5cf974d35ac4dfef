/** Online orders: the card payment, its receipt and its parcel, kept together until assembly. */
import type { DeliveryStatus, TransactionStatus } from '../types';
import type { DemoEntry, Product, Shop } from './catalog';
import type { DemoCalendar } from './calendar';
import type { DemoProfile } from './customers';
import type { SeededRandom } from './random';
import { MONTHS_BACK } from './routine';

export interface OrderLine extends Product { quantity: number }

export interface DemoOrder {
  /** Names the order's transaction, receipt and delivery: `c1-t-fnac`, `c1-r-fnac`, `c1-d-fnac`. */
  key: string;
  shop: Pick<Shop, 'merchant' | 'description' | 'carrier'>;
  orderNumber: string;
  trackingNumber: string;
  lines: OrderLine[];
  at: Date;
  paymentStatus: TransactionStatus;
  delivery: { status: DeliveryStatus; estimatedDelivery: string; deliveredAt: Date | null };
}

const TRACKING_PREFIX: Record<string, string> = {
  Colissimo: '6A', Chronopost: 'XY', 'Amazon Logistics': 'TBA', DPD: '05', 'Royal Mail': 'RM',
};

export function trackingNumber(carrier: string, random: SeededRandom): string {
  return `${TRACKING_PREFIX[carrier] ?? ''}${random.digits(11)}`;
}

/**
 * One delivered order a month in the past year. Orders fall on the 1st–20th and arrive within four
 * days, so even the latest has arrived before today whatever day "now" is.
 */
export function pastOrders(profile: DemoProfile, calendar: DemoCalendar, random: SeededRandom): DemoOrder[] {
  const orders: DemoOrder[] = [];
  for (let monthsBack = 1; monthsBack <= MONTHS_BACK; monthsBack++) {
    const shop = random.pick(profile.catalog.shops);
    const day = random.int(1, 20);
    const at = calendar.inMonth(monthsBack, day, random.int(9, 22), random.int(0, 59));
    const deliveredAt = calendar.inMonth(monthsBack, day + random.int(2, 4), random.int(9, 17), random.int(0, 59));
    const first = random.pick(shop.products);
    const second = random.pick(shop.products);
    const lines = first === second ? [{ ...first, quantity: 2 }] : [{ ...first, quantity: 1 }, { ...second, quantity: 1 }];
    orders.push({
      key: `h${monthsBack}`,
      shop,
      orderNumber: `${shop.orderPrefix}${random.digits(shop.orderDigits)}`,
      trackingNumber: trackingNumber(shop.carrier, random),
      lines,
      at,
      paymentStatus: 'booked',
      delivery: { status: 'delivered', estimatedDelivery: calendar.dateOf(deliveredAt), deliveredAt },
    });
  }
  return orders;
}

export function orderTotalCents(order: DemoOrder): number {
  return order.lines.reduce((sum, line) => sum + line.unitCents * line.quantity, 0);
}

/** The VAT included in a price, line by line: price × rate / (1 + rate), rounded to the cent. */
export function orderTaxCents(order: DemoOrder): number {
  return order.lines.reduce(
    (sum, line) => sum + Math.round((line.unitCents * line.quantity * line.vatPermille) / (1000 + line.vatPermille)), 0);
}

/** The order's payment, on the card when the customer has one. */
export function orderEntry(profile: DemoProfile, order: DemoOrder): DemoEntry {
  return {
    id: `${profile.customer.id}-t-${order.key}`,
    account: profile.card ? 'card' : 'checking',
    at: order.at,
    cents: -orderTotalCents(order),
    description: order.shop.description,
    merchant: order.shop.merchant,
    category: 'shopping',
    status: order.paymentStatus,
  };
}
