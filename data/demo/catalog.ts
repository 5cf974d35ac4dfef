/** The vocabulary of the demo bank: what people pay, where, and how often. Amounts in cents. */
import type { TransactionStatus } from '../types';

export type Category =
  | 'salary' | 'groceries' | 'restaurants' | 'transport' | 'shopping' | 'utilities' | 'housing'
  | 'health' | 'entertainment' | 'travel' | 'subscriptions' | 'transfer' | 'cash';

export type AccountRole = 'checking' | 'savings' | 'card';

/** A direct debit on a fixed day of every month. */
export interface Bill {
  merchant: string; description: string; category: Category; day: number; minCents: number; maxCents: number;
}

/** Spending that happens a few times a month on random days; `stepCents` rounds (cash comes in notes). */
export interface Habit {
  merchant: string | null; description: string; category: Category;
  timesPerMonth: [number, number]; minCents: number; maxCents: number; stepCents?: number;
  /** Paid with the credit card when the customer has one. */
  onCard?: boolean;
}

/** VAT in per mille: 200 (20 %) for most goods, 55 (5.5 %) for books in France. */
export interface Product { name: string; unitCents: number; vatPermille: number }

export interface Shop {
  merchant: string; description: string; orderPrefix: string; orderDigits: number; carrier: string; products: Product[];
}

export interface Catalog { bills: Bill[]; habits: Habit[]; shops: Shop[] }

/** One money movement before it gets its account id and transaction id. */
export interface DemoEntry {
  account: AccountRole; at: Date; cents: number; description: string;
  merchant: string | null; category: Category; status: TransactionStatus;
  /** Set for entries that receipts refer to; the others are numbered in time order. */
  id?: string;
  /** The customer's own account on the other side of a transfer or a card settlement. */
  counterpart?: AccountRole;
}
