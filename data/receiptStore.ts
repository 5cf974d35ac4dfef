/**
 * Banking verbs over receipts. A receipt is reached only through its transaction's account and
 * that account's customer, so another customer's receipt reads as "not found".
 */
import type { Db } from './database';
import { dayRangeToInstants } from './time';
import type { Receipt, ReceiptFilter, ReceiptItem, StoreOptions } from './types';

type ReceiptHeader = Omit<Receipt, 'items'>;
type Params = Record<string, string | number | null>;

const OWNED_RECEIPTS = `
  FROM receipts r
  JOIN transactions t ON t.id = r.transaction_id
  JOIN accounts a ON a.id = t.account_id
  WHERE a.customer_id = @customerId`;

const HEADER = `SELECT r.id, r.transaction_id AS transactionId, t.account_id AS accountId, r.merchant, r.order_number AS orderNumber,
  r.payment_method AS paymentMethod, r.purchased_at AS purchasedAt, r.tax_cents AS taxCents,
  r.total_cents AS totalCents, a.currency`;

export class ReceiptStore {
  private readonly matching;
  private readonly byId;
  private readonly itemsOf;

  constructor(db: Db, private readonly options: StoreOptions) {
    this.matching = db.prepare<Params, ReceiptHeader>(`${HEADER} ${OWNED_RECEIPTS}
      AND (@merchant IS NULL OR r.merchant = @merchant COLLATE NOCASE)
      AND (@orderNumber IS NULL OR r.order_number = @orderNumber COLLATE NOCASE)
      AND (@start IS NULL OR r.purchased_at >= @start)
      AND (@end IS NULL OR r.purchased_at < @end)
      ORDER BY r.purchased_at DESC, r.id DESC LIMIT @limit`);
    this.byId = db.prepare<{ customerId: string; receiptId: string }, ReceiptHeader>(
      `${HEADER} ${OWNED_RECEIPTS} AND r.id = @receiptId`);
    this.itemsOf = db.prepare<{ customerId: string; receiptId: string }, ReceiptItem>(`
      SELECT i.name, i.quantity, i.unit_price_cents AS unitPriceCents
      FROM receipt_items i
      JOIN receipts r ON r.id = i.receipt_id
      JOIN transactions t ON t.id = r.transaction_id
      JOIN accounts a ON a.id = t.account_id
      WHERE a.customer_id = @customerId AND r.id = @receiptId
      ORDER BY i.position`);
  }

  /** The customer's receipts matching the filter, newest purchase first. */
  find(customerId: string, filter: ReceiptFilter, limit = 10): Receipt[] {
    const range = filter.period ? dayRangeToInstants(filter.period.start, filter.period.end, this.options.timeZone) : null;
    const headers = this.matching.all({
      customerId,
      merchant: filter.merchant ?? null,
      orderNumber: filter.orderNumber ?? null,
      start: range?.start ?? null,
      end: range?.end ?? null,
      limit,
    });
    return headers.map((header) => this.withItems(customerId, header));
  }

  /** The customer's most recent receipt matching the filter. */
  latest(customerId: string, filter: ReceiptFilter = {}): Receipt | null {
    return this.find(customerId, filter, 1)[0] ?? null;
  }

  /** One receipt with its lines in order, or null if it is not this customer's. */
  receipt(customerId: string, receiptId: string): Receipt | null {
    const header = this.byId.get({ customerId, receiptId });
    return header ? this.withItems(customerId, header) : null;
  }

  private withItems(customerId: string, header: ReceiptHeader): Receipt {
    return { ...header, items: this.itemsOf.all({ customerId, receiptId: header.id }) };
  }
}
