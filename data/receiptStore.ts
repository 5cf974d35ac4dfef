/**
 * Banking verbs over receipts. A receipt is reached only through its transaction's account and
 * that account's customer, so another customer's receipt reads as "not found".
 */
import type { SqlClient } from './sql/sqlClient';
import { sqlOf, type SqlSource } from './sql/sqlSource';
import { dayRangeToInstants } from './time';
import type { Receipt, ReceiptFilter, ReceiptItem, StoreOptions } from './types';

type ReceiptHeader = Omit<Receipt, 'items'>;

const OWNED_RECEIPTS = `
  FROM receipts r
  JOIN transactions t ON t.id = r.transaction_id
  JOIN accounts a ON a.id = t.account_id
  WHERE a.customer_id = @customerId`;

const HEADER = `SELECT r.id, r.transaction_id AS "transactionId", t.account_id AS "accountId", r.merchant, r.order_number AS "orderNumber",
  r.payment_method AS "paymentMethod", r.purchased_at AS "purchasedAt", r.tax_cents AS "taxCents",
  r.total_cents AS "totalCents", a.currency`;

export class ReceiptStore {
  private readonly matching;
  private readonly byId;
  private readonly itemsOf;

  constructor(source: SqlSource, private readonly options: StoreOptions) {
    const sql = sqlOf(source);
    this.matching = sql.statement<ReceiptHeader>(`${HEADER} ${OWNED_RECEIPTS}
      AND (r.merchant = @merchant COLLATE NOCASE OR @merchant IS NULL)
      AND (r.order_number = @orderNumber COLLATE NOCASE OR @orderNumber IS NULL)
      AND (r.purchased_at >= @start OR @start IS NULL)
      AND (r.purchased_at < @end OR @end IS NULL)
      AND (r.purchased_at < @before OR @before IS NULL)
      ORDER BY r.purchased_at DESC, r.id DESC LIMIT @limit`);
    this.byId = sql.statement<ReceiptHeader>(
      `${HEADER} ${OWNED_RECEIPTS} AND r.id = @receiptId`);
    this.itemsOf = sql.statement<ReceiptItem>(`
      SELECT i.name, i.quantity, i.unit_price_cents AS "unitPriceCents"
      FROM receipt_items i
      JOIN receipts r ON r.id = i.receipt_id
      JOIN transactions t ON t.id = r.transaction_id
      JOIN accounts a ON a.id = t.account_id
      WHERE a.customer_id = @customerId AND r.id = @receiptId
      ORDER BY i.position`);
  }

  /** The customer's receipts matching the filter, newest purchase first. */
  async find(customerId: string, filter: ReceiptFilter, limit = 10): Promise<Receipt[]> {
    const range = filter.period ? dayRangeToInstants(filter.period.start, filter.period.end, this.options.timeZone) : null;
    const headers = await this.matching.all({
      customerId,
      merchant: filter.merchant ?? null,
      orderNumber: filter.orderNumber ?? null,
      start: range?.start ?? null,
      end: range?.end ?? null,
      before: filter.purchasedBefore ?? null,
      limit,
    });
    return Promise.all(headers.map((header) => this.withItems(customerId, header)));
  }

  /** The customer's most recent receipt matching the filter. */
  async latest(customerId: string, filter: ReceiptFilter = {}): Promise<Receipt | null> {
    return (await this.find(customerId, filter, 1))[0] ?? null;
  }

  /** One receipt with its lines in order, or null if it is not this customer's. */
  async receipt(customerId: string, receiptId: string): Promise<Receipt | null> {
    const header = await this.byId.get({ customerId, receiptId });
    return header ? this.withItems(customerId, header) : null;
  }

  private async withItems(customerId: string, header: ReceiptHeader): Promise<Receipt> {
    return { ...header, items: await this.itemsOf.all({ customerId, receiptId: header.id }) };
  }
}
