/**
 * Banking verbs over deliveries. A delivery is reached only through its receipt, transaction and
 * account, so another customer's parcel reads as "not found".
 */
import type { Db } from './database';
import type { Delivery, DeliveryFilter, StoreOptions } from './types';

type Params = Record<string, string | number | null>;

const OWNED_DELIVERIES = `
  SELECT d.id, d.receipt_id AS receiptId, t.account_id AS accountId, d.carrier, d.tracking_number AS trackingNumber, d.status,
    d.estimated_delivery AS estimatedDelivery, d.delivered_at AS deliveredAt,
    r.merchant, r.order_number AS orderNumber
  FROM deliveries d
  JOIN receipts r ON r.id = d.receipt_id
  JOIN transactions t ON t.id = r.transaction_id
  JOIN accounts a ON a.id = t.account_id
  WHERE a.customer_id = @customerId`;

export class DeliveryStore {
  private readonly matching;
  private readonly byId;

  /** The zone is unused today (delivery dates are stored as bank-zone dates) but kept for a uniform store shape. */
  constructor(db: Db, readonly options: StoreOptions) {
    this.matching = db.prepare<Params, Delivery>(`${OWNED_DELIVERIES}
      AND (@merchant IS NULL OR r.merchant = @merchant COLLATE NOCASE)
      AND (@orderNumber IS NULL OR r.order_number = @orderNumber COLLATE NOCASE)
      AND (@receiptId IS NULL OR d.receipt_id = @receiptId)
      AND (@status IS NULL OR d.status = @status)
      AND (@underWay = 0 OR d.status <> 'delivered')
      AND (@deliveredSince IS NULL OR d.status <> 'delivered' OR d.delivered_at >= @deliveredSince)
      ORDER BY d.estimated_delivery IS NULL, d.estimated_delivery, d.id`);
    this.byId = db.prepare<{ customerId: string; deliveryId: string }, Delivery>(
      `${OWNED_DELIVERIES} AND d.id = @deliveryId`);
  }

  /** The customer's deliveries matching the filter, soonest estimated date first, undated last. */
  find(customerId: string, filter: DeliveryFilter = {}): Delivery[] {
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
  underWay(customerId: string): Delivery[] {
    return this.find(customerId, { underWay: true });
  }

  /** The parcels on their way (soonest first), then those delivered since `since` (latest first). */
  recent(customerId: string, since: Date): Delivery[] {
    const all = this.find(customerId, { deliveredSince: since.toISOString() });
    const delivered = all.filter((d) => d.status === 'delivered')
      .sort((a, b) => (b.deliveredAt ?? '').localeCompare(a.deliveredAt ?? ''));
    return [...all.filter((d) => d.status !== 'delivered'), ...delivered];
  }

  /** One delivery, or null if it is not this customer's. */
  delivery(customerId: string, deliveryId: string): Delivery | null {
    return this.byId.get({ customerId, deliveryId }) ?? null;
  }
}
