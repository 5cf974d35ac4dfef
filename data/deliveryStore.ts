/**
 * Banking verbs over deliveries. A delivery is reached only through its receipt, transaction and
 * account, so another customer's parcel reads as "not found".
 */
import type { SqlClient } from './sql/sqlClient';
import { sqlOf, type SqlSource } from './sql/sqlSource';
import type { Delivery, DeliveryFilter, StoreOptions } from './types';

const OWNED_DELIVERIES = `
  SELECT d.id, d.receipt_id AS "receiptId", t.account_id AS "accountId", d.carrier, d.tracking_number AS "trackingNumber", d.status,
    d.estimated_delivery AS "estimatedDelivery", d.delivered_at AS "deliveredAt",
    r.merchant, r.order_number AS "orderNumber"
  FROM deliveries d
  JOIN receipts r ON r.id = d.receipt_id
  JOIN transactions t ON t.id = r.transaction_id
  JOIN accounts a ON a.id = t.account_id
  WHERE a.customer_id = @customerId`;

export class DeliveryStore {
  private readonly matching;
  private readonly byId;

  /** The zone is unused today (delivery dates are stored as bank-zone dates) but kept for a uniform store shape. */
  constructor(source: SqlSource, readonly options: StoreOptions) {
    const sql = sqlOf(source);
    this.matching = sql.statement<Delivery>(`${OWNED_DELIVERIES}
      AND (r.merchant = @merchant COLLATE NOCASE OR @merchant IS NULL)
      AND (r.order_number = @orderNumber COLLATE NOCASE OR @orderNumber IS NULL)
      AND (d.receipt_id = @receiptId OR @receiptId IS NULL)
      AND (d.status = @status OR @status IS NULL)
      AND (@underWay = 0 OR d.status <> 'delivered')
      AND (d.status <> 'delivered' OR d.delivered_at >= @deliveredSince OR @deliveredSince IS NULL)
      ORDER BY d.estimated_delivery IS NULL, d.estimated_delivery, d.id`);
    this.byId = sql.statement<Delivery>(
      `${OWNED_DELIVERIES} AND d.id = @deliveryId`);
  }

  /** The customer's deliveries matching the filter, soonest estimated date first, undated last. */
  find(customerId: string, filter: DeliveryFilter = {}): Promise<Delivery[]> {
    return this.matching.all({
      customerId,
      merchant: filter.merchant ?? null,
      orderNumber: filter.orderNumber ?? null,
      receiptId: filter.receiptId ?? null,
      status: filter.status ?? null,
      underWay: filter.underWay ? 1 : 0,
      deliveredSince: filter.deliveredSince ?? null,
    });
  }

  /** The parcels not delivered yet, soonest first. */
  underWay(customerId: string): Promise<Delivery[]> {
    return this.find(customerId, { underWay: true });
  }

  /** The parcels on their way (soonest first), then those delivered since `since` (latest first). */
  async recent(customerId: string, since: Date): Promise<Delivery[]> {
    const all = await this.find(customerId, { deliveredSince: since.toISOString() });
    const delivered = all.filter((d) => d.status === 'delivered')
      .sort((a, b) => (b.deliveredAt ?? '').localeCompare(a.deliveredAt ?? ''));
    return [...all.filter((d) => d.status !== 'delivered'), ...delivered];
  }

  /** One delivery, or null if it is not this customer's. */
  async delivery(customerId: string, deliveryId: string): Promise<Delivery | null> {
    return (await this.byId.get({ customerId, deliveryId })) ?? null;
  }
}
