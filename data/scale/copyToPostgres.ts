/**
 * Copies a generated SQLite bank into an empty, migrated PostgreSQL database, table by table, for
 * `npm run bench -- --engine postgres`: both engines then serve the very same customers. The columns
 * are PostgreSQL's own list for the table (the two schemas name them alike); each batch is one
 * multi-row INSERT, whose untyped parameters take the column's type (text ISO times to timestamptz).
 */
import type { Pool } from 'pg';
import type { Db } from '../database';

/** Parents before children, for the foreign keys; `links` last, for the chat users the bench linked. */
const TABLES = ['customers', 'accounts', 'transactions', 'receipts', 'receipt_items', 'deliveries', 'links'];
/** PostgreSQL takes at most 65,535 parameters in one statement. */
const MAX_PARAMETERS = 60_000;

export async function copyBankToPostgres(sqlite: Db, pool: Pool): Promise<number> {
  let rows = 0;
  for (const table of TABLES) {
    const columns = (await pool.query<{ column_name: string }>(
      'SELECT column_name FROM information_schema.columns WHERE table_name = $1 ORDER BY ordinal_position', [table],
    )).rows.map((row) => row.column_name);
    const batch = Math.floor(MAX_PARAMETERS / columns.length);
    const select = sqlite.prepare(`SELECT ${columns.join(', ')} FROM ${table} ORDER BY rowid`).raw();
    let values: unknown[][] = [];
    const flush = async () => {
      if (values.length === 0) return;
      const tuples = values.map((_, row) => `(${columns.map((__, column) => `$${row * columns.length + column + 1}`).join(', ')})`);
      await pool.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')}`, values.flat());
      rows += values.length;
      values = [];
    };
    for (const row of select.iterate() as IterableIterator<unknown[]>) {
      values.push(row);
      if (values.length === batch) await flush();
    }
    await flush();
  }
  await pool.query('ANALYZE');
  return rows;
}
