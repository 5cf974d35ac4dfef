import type { SqlClient } from '../sql/sqlClient';
import { sqlOf, type SqlSource } from '../sql/sqlSource';
import type { DeliveryRow } from '../import/dataset';
import { writeDataset } from '../import/writer';
import { DatasetError } from '../errors';
import type { AppliedEvent } from './applyTransaction';

interface Owner { customer_id: string; merchant: string; order_number: string }
interface Previous { status: string; estimated_delivery: string | null }

/**
 * Records a delivery's new state from a `delivery.updated` event (upsert by id). Chats are told only
 * when the status or the estimated date changed: a carrier repeating itself is not news.
 */
export class DeliveryUpdate {
  private readonly statements;

  private readonly sql: SqlClient;

  constructor(source: SqlSource) {
    const sql = sqlOf(source);
    this.sql = sql;
    this.statements = {
      owner: sql.statement<Owner>(`
        SELECT a.customer_id, r.merchant, r.order_number FROM receipts r
        JOIN transactions t ON t.id = r.transaction_id JOIN accounts a ON a.id = t.account_id
        WHERE r.id = @receiptId`),
      previous: sql.statement<Previous>('SELECT status, estimated_delivery FROM deliveries WHERE id = @id'),
      currentOwner: sql.statement<{ customer_id: string }>(`
        SELECT a.customer_id FROM deliveries d JOIN receipts r ON r.id = d.receipt_id
        JOIN transactions t ON t.id = r.transaction_id JOIN accounts a ON a.id = t.account_id WHERE d.id = @id`),
    };
  }

  async apply(delivery: DeliveryRow): Promise<AppliedEvent> {
    const owner = (await this.statements.owner.get({ receiptId: delivery.receiptId }))!;
    const current = await this.statements.currentOwner.get({ id: delivery.id });
    // A parcel never changes hands: moving it onto another customer's receipt would show it to them.
    if (current && current.customer_id !== owner.customer_id) {
      throw new DatasetError('delivery.receiptId', 'belongs to another customer than the delivery');
    }
    const previous = await this.statements.previous.get({ id: delivery.id });
    await writeDataset(this.sql, { customers: [], accounts: [], transactions: [], receipts: [], deliveries: [delivery] });
    const news = !previous || previous.status !== delivery.status || previous.estimated_delivery !== delivery.estimatedDelivery;
    return {
      customerId: owner.customer_id,
      accountId: null,
      payloadFor: (recipient) => (news && recipient.deliveries ? {
        delivery: {
          merchant: owner.merchant, orderNumber: owner.order_number, status: delivery.status,
          estimatedDelivery: delivery.estimatedDelivery, deliveredAt: delivery.deliveredAt,
        },
      } : null),
    };
  }
}
