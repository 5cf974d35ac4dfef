/** Turns one customer's generated entries and orders into dataset records, as an operator would import them. */
import { formatCents } from '../money';
import { toUtcIso } from '../time';
import type { Dataset, DatasetAccount, DatasetDelivery, DatasetReceipt, DatasetTransaction } from '../import/dataset';
import type { AccountRole, DemoEntry } from './catalog';
import type { DemoCalendar } from './calendar';
import type { DemoProfile } from './customers';
import { orderTaxCents, orderTotalCents } from './orders';
import type { DemoOrder } from './orders';
import { MONTHS_BACK } from './routine';

type CustomerRecords = Required<Omit<Dataset, 'customers'>>;

export function accountId(profile: DemoProfile, role: AccountRole): string {
  return `${profile.customer.id}-${role}`;
}

/** Entries must already be limited to the history window; ids are given in time order. */
export function assembleCustomer(profile: DemoProfile, entries: DemoEntry[], orders: DemoOrder[]): CustomerRecords {
  const sorted = [...entries].sort((a, b) => a.at.getTime() - b.at.getTime());
  let sequence = 0;
  const transactions = sorted.map((entry): DatasetTransaction => ({
    id: entry.id ?? `${profile.customer.id}-t${String(++sequence).padStart(4, '0')}`,
    accountId: accountId(profile, entry.account),
    bookedAt: toUtcIso(entry.at),
    amount: formatCents(entry.cents),
    description: entry.description,
    merchant: entry.merchant,
    category: entry.category,
    status: entry.status,
    counterpartyAccountId: entry.counterpart ? accountId(profile, entry.counterpart) : null,
  }));
  return {
    accounts: accounts(profile, entries),
    transactions,
    receipts: orders.map((order) => receipt(profile, order)),
    deliveries: orders.map((order) => delivery(profile, order)),
  };
}

function accounts(profile: DemoProfile, entries: DemoEntry[]): DatasetAccount[] {
  const customerId = profile.customer.id;
  const list: DatasetAccount[] = [
    { id: accountId(profile, 'checking'), customerId, type: 'checking', name: profile.checking.name,
      iban: profile.checking.iban, currency: 'EUR', balance: formatCents(profile.checking.balanceCents) },
    { id: accountId(profile, 'savings'), customerId, type: 'savings', name: profile.savings.name,
      iban: profile.savings.iban, currency: 'EUR', balance: formatCents(profile.savings.balanceCents) },
  ];
  if (profile.card) {
    // The card started the window settled, so what it owes now is the sum of its booked movements.
    const owed = entries
      .filter((entry) => entry.account === 'card' && entry.status === 'booked')
      .reduce((sum, entry) => sum + entry.cents, 0);
    list.push({ id: accountId(profile, 'card'), customerId, type: 'credit_card', name: profile.card.name,
      iban: null, cardLast4: profile.card.last4, currency: 'EUR', balance: formatCents(owed) });
  }
  return list;
}

function receipt(profile: DemoProfile, order: DemoOrder): DatasetReceipt {
  const id = profile.customer.id;
  return {
    id: `${id}-r-${order.key}`,
    transactionId: `${id}-t-${order.key}`,
    merchant: order.shop.merchant,
    orderNumber: order.orderNumber,
    paymentMethod: profile.paymentMethod,
    purchasedAt: toUtcIso(order.at),
    items: order.lines.map((line) => ({ name: line.name, quantity: line.quantity, unitPrice: formatCents(line.unitCents) })),
    tax: formatCents(orderTaxCents(order)),
    total: formatCents(orderTotalCents(order)),
  };
}

function delivery(profile: DemoProfile, order: DemoOrder): DatasetDelivery {
  const id = profile.customer.id;
  return {
    id: `${id}-d-${order.key}`,
    receiptId: `${id}-r-${order.key}`,
    carrier: order.shop.carrier,
    trackingNumber: order.trackingNumber,
    status: order.delivery.status,
    estimatedDelivery: order.delivery.estimatedDelivery,
    deliveredAt: order.delivery.deliveredAt ? toUtcIso(order.delivery.deliveredAt) : null,
  };
}

/** The monthly settlement of a deferred-debit card: on the 5th, last month's booked card purchases. */
export function cardSettlements(profile: DemoProfile, calendar: DemoCalendar, entries: DemoEntry[]): DemoEntry[] {
  const card = profile.card;
  if (!card) return [];
  const settlements: DemoEntry[] = [];
  for (let monthsBack = 0; monthsBack < MONTHS_BACK; monthsBack++) {
    const at = calendar.inMonth(monthsBack, 5, 6, 0);
    const from = calendar.inMonth(monthsBack + 1, 1, 0, 0);
    const until = calendar.inMonth(monthsBack, 1, 0, 0);
    const cents = entries
      .filter((e) => e.account === 'card' && e.status === 'booked' && e.at >= from && e.at < until)
      .reduce((sum, e) => sum - e.cents, 0);
    if (cents === 0 || !calendar.inWindow(at)) continue;
    settlements.push(
      { account: 'checking', at, cents: -cents, description: card.settlementDescription, merchant: null, category: 'transfer', status: 'booked', counterpart: 'card' },
      { account: 'card', at, cents, description: card.settledDescription, merchant: null, category: 'transfer', status: 'booked', counterpart: 'checking' },
    );
  }
  return settlements;
}
