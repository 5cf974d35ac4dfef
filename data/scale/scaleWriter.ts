/** Multi-row INSERTs for generated customers, prepared once; the caller holds the batch's transaction and calls `flush` in it. */
import type { Db } from '../database';
import { RowBatch } from './rowBatch';
import type { ScaleCustomer } from './scaleRows';

export class ScaleWriter {
  private readonly customer;
  private readonly account;
  private readonly transaction;
  private readonly receipt;
  private readonly item;
  private readonly delivery;

  constructor(db: Db) {
    this.customer = new RowBatch(db, 'customers', ['id', 'name', 'locale']);
    this.account = new RowBatch(db, 'accounts', ['id', 'customer_id', 'type', 'name', 'iban', 'card_last4', 'currency', 'balance_cents']);
    this.transaction = new RowBatch(db, 'transactions',
      ['id', 'account_id', 'booked_at', 'amount_cents', 'description', 'merchant', 'category', 'status']);
    this.receipt = new RowBatch(db, 'receipts',
      ['id', 'transaction_id', 'merchant', 'order_number', 'payment_method', 'purchased_at', 'tax_cents', 'total_cents']);
    this.item = new RowBatch(db, 'receipt_items', ['receipt_id', 'position', 'name', 'quantity', 'unit_price_cents']);
    this.delivery = new RowBatch(db, 'deliveries',
      ['id', 'receipt_id', 'carrier', 'tracking_number', 'status', 'estimated_delivery', 'delivered_at']);
  }

  /** Gathers one customer's rows (written by the multi-row INSERTs as they fill); returns the number of rows. */
  write(customer: ScaleCustomer): number {
    let rows = 1;
    this.customer.add(customer.id, customer.name, customer.locale);
    for (const a of customer.accounts) this.account.add(a.id, customer.id, a.type, a.name, a.iban, a.cardLast4, 'EUR', a.balanceCents);
    rows += customer.accounts.length;
    for (const t of customer.transactions) {
      this.transaction.add(t.id, t.accountId, new Date(t.bookedAt).toISOString(), t.amountCents, t.description, t.merchant, t.category, t.status);
    }
    rows += customer.transactions.length;
    for (const r of customer.receipts) {
      this.receipt.add(r.id, r.transactionId, r.merchant, r.orderNumber, 'Visa', new Date(r.purchasedAt).toISOString(), r.taxCents, r.totalCents);
      r.items.forEach((item, position) => this.item.add(r.id, position, item.name, item.quantity, item.unitPriceCents));
      const d = r.delivery;
      this.delivery.add(`${r.id}-d`, r.id, d.carrier, d.trackingNumber, d.status, calendarDate(d.estimatedDelivery),
        d.deliveredAt === null ? null : new Date(d.deliveredAt).toISOString());
      rows += 2 + r.items.length;
    }
    return rows;
  }

  /** Inserts the rows still gathered, parents first (customers, accounts, transactions, receipts, then theirs). */
  flush(): void {
    for (const batch of [this.customer, this.account, this.transaction, this.receipt, this.item, this.delivery]) batch.flush();
  }
}

/**
 * The bank-zone date of a generated instant. Generated times fall between 07:00 and 21:00 UTC, which is
 * the same calendar day in any European zone, so the UTC date is it (and costs no time-zone arithmetic).
 */
function calendarDate(instant: number): string {
  return new Date(instant).toISOString().slice(0, 10);
}
