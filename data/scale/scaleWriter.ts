/** Plain INSERTs for generated customers, prepared once; the caller holds the batch's transaction. */
import type { Db } from '../database';
import type { ScaleCustomer } from './scaleRows';

export class ScaleWriter {
  private readonly customer;
  private readonly account;
  private readonly transaction;
  private readonly receipt;
  private readonly item;
  private readonly delivery;

  constructor(db: Db) {
    this.customer = db.prepare('INSERT INTO customers (id, name, locale) VALUES (?, ?, ?)');
    this.account = db.prepare(
      'INSERT INTO accounts (id, customer_id, type, name, iban, card_last4, currency, balance_cents) VALUES (?, ?, ?, ?, ?, ?, \'EUR\', ?)');
    this.transaction = db.prepare(`INSERT INTO transactions
      (id, account_id, booked_at, amount_cents, description, merchant, category, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
    this.receipt = db.prepare(`INSERT INTO receipts
      (id, transaction_id, merchant, order_number, payment_method, purchased_at, tax_cents, total_cents) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
    this.item = db.prepare('INSERT INTO receipt_items (receipt_id, position, name, quantity, unit_price_cents) VALUES (?, ?, ?, ?, ?)');
    this.delivery = db.prepare(`INSERT INTO deliveries
      (id, receipt_id, carrier, tracking_number, status, estimated_delivery, delivered_at) VALUES (?, ?, ?, ?, ?, ?, ?)`);
  }

  /** Writes one customer; returns the number of rows written. */
  write(customer: ScaleCustomer): number {
    let rows = 1;
    this.customer.run(customer.id, customer.name, customer.locale);
    for (const a of customer.accounts) this.account.run(a.id, customer.id, a.type, a.name, a.iban, a.cardLast4, a.balanceCents);
    rows += customer.accounts.length;
    for (const t of customer.transactions) {
      this.transaction.run(t.id, t.accountId, new Date(t.bookedAt).toISOString(), t.amountCents, t.description, t.merchant, t.category, t.status);
    }
    rows += customer.transactions.length;
    for (const r of customer.receipts) {
      this.receipt.run(r.id, r.transactionId, r.merchant, r.orderNumber, 'Visa', new Date(r.purchasedAt).toISOString(), r.taxCents, r.totalCents);
      r.items.forEach((item, position) => this.item.run(r.id, position, item.name, item.quantity, item.unitPriceCents));
      const d = r.delivery;
      this.delivery.run(`${r.id}-d`, r.id, d.carrier, d.trackingNumber, d.status, calendarDate(d.estimatedDelivery),
        d.deliveredAt === null ? null : new Date(d.deliveredAt).toISOString());
      rows += 2 + r.items.length;
    }
    return rows;
  }
}

/**
 * The bank-zone date of a generated instant. Generated times fall between 07:00 and 21:00 UTC, which is
 * the same calendar day in any European zone, so the UTC date is it (and costs no time-zone arithmetic).
 */
function calendarDate(instant: number): string {
  return new Date(instant).toISOString().slice(0, 10);
}
