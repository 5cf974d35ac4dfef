/** The bank's records as the store hands them out. Money is always integer minor units (cents). */

export type AccountType = 'checking' | 'savings' | 'credit_card';
export type TransactionStatus = 'booked' | 'pending';
export type DeliveryStatus = 'ordered' | 'shipped' | 'in_transit' | 'out_for_delivery' | 'delivered' | 'delayed';

export const ACCOUNT_TYPES: readonly AccountType[] = ['checking', 'savings', 'credit_card'];
export const TRANSACTION_STATUSES: readonly TransactionStatus[] = ['booked', 'pending'];
export const DELIVERY_STATUSES: readonly DeliveryStatus[] = [
  'ordered', 'shipped', 'in_transit', 'out_for_delivery', 'delivered', 'delayed',
];

export interface Customer {
  id: string;
  name: string;
  locale: string;
}

export interface Account {
  id: string;
  customerId: string;
  type: AccountType;
  name: string;
  /** Full IBAN as the bank gave it; only ever shown masked. A credit card may have none. */
  iban: string | null;
  /** The last four digits of a card's number, the only part of it the bank hands over. */
  cardLast4: string | null;
  currency: string;
  balanceCents: number;
}

export interface Transaction {
  id: string;
  accountId: string;
  /** ISO 8601 instant in UTC. */
  bookedAt: string;
  amountCents: number;
  description: string;
  merchant: string | null;
  category: string | null;
  status: TransactionStatus;
  /**
   * The customer's own account on the other side (a transfer to savings, the settlement of their own
   * card): such a movement is neither spending nor income.
   */
  counterpartyAccountId: string | null;
}

export interface ReceiptItem {
  name: string;
  quantity: number;
  unitPriceCents: number;
}

export interface Receipt {
  id: string;
  transactionId: string;
  /** The account the purchase was paid from: what an audit line of this receipt names. */
  accountId: string;
  merchant: string;
  orderNumber: string;
  paymentMethod: string;
  /** ISO 8601 instant in UTC. */
  purchasedAt: string;
  items: ReceiptItem[];
  taxCents: number;
  totalCents: number;
  currency: string;
}

export interface Delivery {
  id: string;
  receiptId: string;
  /** The account its purchase was paid from (through the receipt's transaction). */
  accountId: string;
  carrier: string;
  trackingNumber: string;
  status: DeliveryStatus;
  /** `YYYY-MM-DD` in the bank's time zone. */
  estimatedDelivery: string | null;
  /** ISO 8601 instant in UTC, once delivered. */
  deliveredAt: string | null;
  merchant: string;
  orderNumber: string;
}

/** An inclusive range of calendar dates in the bank's time zone, `YYYY-MM-DD`. */
export interface DateRange {
  start: string;
  end: string;
}

export type Direction = 'in' | 'out';

/** Which transactions a question is about; every criterion is optional and they all must hold. */
export interface TransactionFilter {
  accountIds?: string[];
  period?: DateRange;
  /** Exact merchant name, ASCII-case-insensitive. */
  merchant?: string;
  /** Exact category, ASCII-case-insensitive. */
  category?: string;
  /** Any of these merchants, exactly as the data names them (the rail companies among the transport ones). */
  merchantsAnyOf?: string[];
  /** A merchant left out ("pas chez Carrefour"), ASCII-case-insensitive; movements with no merchant stay. */
  notMerchant?: string;
  /** A category left out ("hors loyer"), ASCII-case-insensitive; movements with no category stay. */
  notCategory?: string;
  /** Bounds on the absolute amount, inclusive unless said exclusive ("above 50" leaves 50.00 out). */
  minCents?: number;
  maxCents?: number;
  minExclusive?: boolean;
  maxExclusive?: boolean;
  direction?: Direction;
  status?: TransactionStatus;
  /** Leave out money moved between the customer's own accounts (see `Transaction.counterpartyAccountId`). */
  excludeOwnTransfers?: boolean;
}

export interface TransactionQuery extends TransactionFilter {
  limit: number;
  offset: number;
}

/** One page of a search, newest first, with the number of matches over all pages. */
export interface TransactionPage {
  transactions: Transaction[];
  total: number;
}

export interface TransactionTotals {
  /** Money out: the positive sum of outflows. Money in: the sum of inflows. No direction: the signed net sum. */
  totalCents: number;
  count: number;
  /** The part of `totalCents` not booked yet, counted the same way. */
  pendingCents: number;
  /** Movements between own accounts that matched every other criterion and were left out. */
  ownTransfersLeftOut: number;
}

/** Money in from one payer over a filter: "Thales 2 500,00 €". */
export interface PayerTotal {
  /** The merchant, or the description when the bank gave no merchant. */
  payer: string;
  totalCents: number;
  count: number;
}

/** The bank's zone, shared by every store so that "a day" means the same everywhere. */
export interface StoreOptions {
  timeZone: string;
}

/** Which receipts a question is about; all criteria optional. */
export interface ReceiptFilter {
  /** Exact merchant name, ASCII-case-insensitive. */
  merchant?: string;
  /** Purchase dates, inclusive, in the bank's zone. */
  period?: DateRange;
  /** Exact order number, ASCII-case-insensitive. */
  orderNumber?: string;
  /** Only purchases strictly before this instant (ISO): "the one before" the receipt last shown. */
  purchasedBefore?: string;
}

/** Which deliveries a question is about; all criteria optional. */
export interface DeliveryFilter {
  merchant?: string;
  orderNumber?: string;
  receiptId?: string;
  status?: DeliveryStatus;
  /** Only parcels not delivered yet. */
  underWay?: boolean;
  /** Parcels not delivered yet, and those delivered since this instant (UTC ISO). */
  deliveredSince?: string;
}
