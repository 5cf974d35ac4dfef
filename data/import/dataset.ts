/** The import file's shape (docs/dataset-format.md) and what a validated file becomes. */
import type { Account, AccountType, Customer, DeliveryStatus, Delivery, Receipt, Transaction, TransactionStatus } from '../types';

export interface DatasetCustomer { id: string; name: string; locale: string }

export interface DatasetAccount {
  id: string; customerId: string; type: AccountType; name: string;
  /** Required for checking and savings accounts; a credit card may have none (null or absent). */
  iban?: string | null;
  /** A card's last four digits, shown masked (`•••• 4242`). */
  cardLast4?: string | null;
  currency: string;
  /** Decimal string, the current (booked) balance. */
  balance: string;
}

export interface DatasetTransaction {
  id: string; accountId: string;
  /** ISO 8601 with offset. */
  bookedAt: string;
  /** Decimal string, negative = money out. */
  amount: string;
  description: string; merchant?: string | null; category?: string | null; status: TransactionStatus;
  /** The same customer's account on the other side: a transfer between own accounts, a card settlement. */
  counterpartyAccountId?: string | null;
}

export interface DatasetReceiptItem { name: string; quantity: number; unitPrice: string }

export interface DatasetReceipt {
  id: string; transactionId: string; merchant: string; orderNumber: string; paymentMethod: string;
  purchasedAt: string; items: DatasetReceiptItem[]; tax: string; total: string;
}

export interface DatasetDelivery {
  id: string; receiptId: string; carrier: string; trackingNumber: string; status: DeliveryStatus;
  /** `YYYY-MM-DD` in the bank's zone. */
  estimatedDelivery?: string | null;
  deliveredAt?: string | null;
}

/** One import file; every section is optional. */
export interface Dataset {
  customers?: DatasetCustomer[];
  accounts?: DatasetAccount[];
  transactions?: DatasetTransaction[];
  receipts?: DatasetReceipt[];
  deliveries?: DatasetDelivery[];
}

export const DATASET_SECTIONS = ['customers', 'accounts', 'transactions', 'receipts', 'deliveries'] as const;
export type DatasetSection = (typeof DATASET_SECTIONS)[number];

/** How many records of each section an import wrote (inserted or updated). */
export type ImportSummary = Record<DatasetSection, number>;

/** Rows ready to write: amounts in cents, instants in UTC ISO. */
export type ReceiptRow = Omit<Receipt, 'currency' | 'accountId'>;
export type DeliveryRow = Omit<Delivery, 'merchant' | 'orderNumber' | 'accountId'>;

export interface ValidDataset {
  customers: Customer[];
  accounts: Account[];
  transactions: Transaction[];
  receipts: ReceiptRow[];
  deliveries: DeliveryRow[];
}
