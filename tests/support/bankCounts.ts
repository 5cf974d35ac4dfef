import type { Db } from '../../data/database';

/** Row counts and a checksum of the bank's own tables: hostile input must leave them exactly as they were. */
export function bankFingerprint(db: Db): Record<string, number> {
  const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return {
    customers: count('customers'), accounts: count('accounts'), transactions: count('transactions'), receipts: count('receipts'),
    receiptItems: count('receipt_items'), deliveries: count('deliveries'),
    balances: (db.prepare('SELECT sum(balance_cents) AS s FROM accounts').get() as { s: number }).s,
    amounts: (db.prepare('SELECT sum(amount_cents) AS s FROM transactions').get() as { s: number }).s,
  };
}
