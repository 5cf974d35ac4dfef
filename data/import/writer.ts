/** Upserts validated records: an id seen before is updated in place, so re-importing never duplicates. */
import type { SqlClient } from '../sql/sqlClient';
import type { ImportSummary, ValidDataset } from './dataset';

const UPSERT_CUSTOMER = `
  INSERT INTO customers (id, name, locale) VALUES (@id, @name, @locale)
  ON CONFLICT (id) DO UPDATE SET name = excluded.name, locale = excluded.locale`;

const UPSERT_ACCOUNT = `
  INSERT INTO accounts (id, customer_id, type, name, iban, card_last4, currency, balance_cents)
  VALUES (@id, @customerId, @type, @name, @iban, @cardLast4, @currency, @balanceCents)
  ON CONFLICT (id) DO UPDATE SET type = excluded.type, name = excluded.name, iban = excluded.iban,
    card_last4 = excluded.card_last4, currency = excluded.currency, balance_cents = excluded.balance_cents`;

const UPSERT_TRANSACTION = `
  INSERT INTO transactions (id, account_id, booked_at, amount_cents, description, merchant, category, status,
    counterparty_account_id)
  VALUES (@id, @accountId, @bookedAt, @amountCents, @description, @merchant, @category, @status, @counterpartyAccountId)
  ON CONFLICT (id) DO UPDATE SET account_id = excluded.account_id, booked_at = excluded.booked_at,
    amount_cents = excluded.amount_cents, description = excluded.description, merchant = excluded.merchant,
    category = excluded.category, status = excluded.status, counterparty_account_id = excluded.counterparty_account_id`;

const UPSERT_RECEIPT = `
  INSERT INTO receipts (id, transaction_id, merchant, order_number, payment_method, purchased_at, tax_cents, total_cents)
  VALUES (@id, @transactionId, @merchant, @orderNumber, @paymentMethod, @purchasedAt, @taxCents, @totalCents)
  ON CONFLICT (id) DO UPDATE SET transaction_id = excluded.transaction_id, merchant = excluded.merchant,
    order_number = excluded.order_number, payment_method = excluded.payment_method,
    purchased_at = excluded.purchased_at, tax_cents = excluded.tax_cents, total_cents = excluded.total_cents`;

const DELETE_ITEMS = 'DELETE FROM receipt_items WHERE receipt_id = @receiptId';
const INSERT_ITEM = `
  INSERT INTO receipt_items (receipt_id, position, name, quantity, unit_price_cents)
  VALUES (@receiptId, @position, @name, @quantity, @unitPriceCents)`;

const UPSERT_DELIVERY = `
  INSERT INTO deliveries (id, receipt_id, carrier, tracking_number, status, estimated_delivery, delivered_at)
  VALUES (@id, @receiptId, @carrier, @trackingNumber, @status, @estimatedDelivery, @deliveredAt)
  ON CONFLICT (id) DO UPDATE SET receipt_id = excluded.receipt_id, carrier = excluded.carrier,
    tracking_number = excluded.tracking_number, status = excluded.status,
    estimated_delivery = excluded.estimated_delivery, delivered_at = excluded.delivered_at`;

/** Writes the validated dataset; the caller holds the transaction that makes it all-or-nothing. */
export async function writeDataset(sql: SqlClient, data: ValidDataset): Promise<ImportSummary> {
  const customer = sql.statement(UPSERT_CUSTOMER);
  const account = sql.statement(UPSERT_ACCOUNT);
  const transaction = sql.statement(UPSERT_TRANSACTION);
  const receipt = sql.statement(UPSERT_RECEIPT);
  const deleteItems = sql.statement(DELETE_ITEMS);
  const item = sql.statement(INSERT_ITEM);
  const delivery = sql.statement(UPSERT_DELIVERY);
  for (const row of data.customers) await customer.run(row);
  for (const row of data.accounts) await account.run(row);
  for (const row of data.transactions) await transaction.run(row);
  for (const { items, ...row } of data.receipts) {
    await receipt.run(row);
    // A receipt's lines are replaced as a whole: the file is the truth about what was bought.
    await deleteItems.run({ receiptId: row.id });
    for (const [position, line] of items.entries()) await item.run({ receiptId: row.id, position, ...line });
  }
  for (const row of data.deliveries) await delivery.run(row);
  return {
    customers: data.customers.length,
    accounts: data.accounts.length,
    transactions: data.transactions.length,
    receipts: data.receipts.length,
    deliveries: data.deliveries.length,
  };
}
