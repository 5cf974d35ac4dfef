/** The rows of one generated customer, before they are written. Instants are epoch milliseconds. */
import type { AccountType, DeliveryStatus, TransactionStatus } from '../types';

/** A card has no IBAN, only the last four digits of its number. */
export interface ScaleAccount { id: string; type: AccountType; name: string; iban: string | null; cardLast4: string | null; balanceCents: number }

export interface ScaleTransaction {
  id: string; accountId: string; bookedAt: number; amountCents: number; description: string;
  merchant: string | null; category: string; status: TransactionStatus;
}

export interface ScaleReceipt {
  id: string; transactionId: string; merchant: string; orderNumber: string; purchasedAt: number;
  totalCents: number; taxCents: number;
  items: { name: string; quantity: number; unitPriceCents: number }[];
  delivery: { carrier: string; trackingNumber: string; status: DeliveryStatus; estimatedDelivery: number; deliveredAt: number | null };
}

export interface ScaleCustomer {
  id: string; name: string; locale: string;
  accounts: ScaleAccount[]; transactions: ScaleTransaction[]; receipts: ScaleReceipt[];
}
