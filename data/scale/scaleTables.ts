/**
 * The bank tables the generator fills, parents first, each with the columns its rows give in this
 * order and how each crosses from the worker that builds the rows to the connection that inserts them:
 * `int` as itself, `text` (values that repeat: names, merchants, statuses) once per batch then by
 * number, `unique` (ids, instants) as they come, without looking for a repeat.
 */
export type ColumnKind = 'int' | 'text' | 'unique';

export const SCALE_TABLES: readonly { name: string; columns: Readonly<Record<string, ColumnKind>> }[] = [
  { name: 'customers', columns: { id: 'unique', name: 'text', locale: 'text' } },
  { name: 'accounts', columns: {
    id: 'unique', customer_id: 'text', type: 'text', name: 'text', iban: 'unique', card_last4: 'text', currency: 'text', balance_cents: 'int' } },
  { name: 'transactions', columns: {
    id: 'unique', account_id: 'text', booked_at: 'unique', amount_cents: 'int', description: 'text', merchant: 'text', category: 'text', status: 'text' } },
  { name: 'receipts', columns: {
    id: 'text', transaction_id: 'unique', merchant: 'text', order_number: 'unique', payment_method: 'text', purchased_at: 'unique',
    tax_cents: 'int', total_cents: 'int' } },
  { name: 'receipt_items', columns: { receipt_id: 'text', position: 'int', name: 'text', quantity: 'int', unit_price_cents: 'int' } },
  { name: 'deliveries', columns: {
    id: 'unique', receipt_id: 'text', carrier: 'text', tracking_number: 'unique', status: 'text', estimated_delivery: 'text', delivered_at: 'unique' } },
];

/** Rows per multi-row INSERT: 64 rows of 8 columns stay far below SQLite's 32,766 bound parameters. */
export const ROWS_PER_STATEMENT = 64;

/** In a text column's cell: no value (SQL NULL). */
export const NULL_TEXT = -1;

/**
 * A batch of customers in a form that crosses between threads cheaply: each table's cells row after
 * row in one `Float64Array` (moved, not copied), a text cell holding the index of its value in
 * `strings` (`NULL_TEXT` for none). Ten million rows as one object (or one array) each cost the
 * receiving thread more to rebuild than to insert.
 */
export interface RowsBatch {
  /** Customers generated so far, this batch's included. */
  customers: number;
  /** Rows in this batch, all tables together. */
  rows: number;
  strings: string[];
  /** One per table of `SCALE_TABLES`, in order. */
  cells: Float64Array<ArrayBuffer>[];
}
