/**
 * What a failed `admin generate` leaves behind: nothing of its own. The batches it committed before the
 * failure are deleted, children first, so that no half bank remains that would look whole (and the next
 * `generate` on the same file is not refused). Only rows owned by a generated customer (`g…`) go; the
 * load refuses to start if any such customer exists, so every one of them is this run's.
 */
import type { Db } from '../database';

const CUSTOMERS = "SELECT id FROM customers WHERE id >= 'g' AND id < 'h'";
const ACCOUNTS = `SELECT id FROM accounts WHERE customer_id IN (${CUSTOMERS})`;
const TRANSACTIONS = `SELECT id FROM transactions WHERE account_id IN (${ACCOUNTS})`;
const RECEIPTS = `SELECT id FROM receipts WHERE transaction_id IN (${TRANSACTIONS})`;

export const GENERATED_CUSTOMER = `SELECT 1 FROM customers WHERE id >= 'g' AND id < 'h' LIMIT 1`;

export function discardGenerated(db: Db): void {
  db.transaction(() => {
    db.exec(`DELETE FROM deliveries WHERE receipt_id IN (${RECEIPTS})`);
    db.exec(`DELETE FROM receipt_items WHERE receipt_id IN (${RECEIPTS})`);
    db.exec(`DELETE FROM receipts WHERE transaction_id IN (${TRANSACTIONS})`);
    db.exec(`DELETE FROM transactions WHERE account_id IN (${ACCOUNTS})`);
    db.exec(`DELETE FROM accounts WHERE customer_id IN (${CUSTOMERS})`);
    db.exec("DELETE FROM customers WHERE id >= 'g' AND id < 'h'");
  })();
}
