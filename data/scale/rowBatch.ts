import type { Database, Statement } from 'better-sqlite3';

/** Rows per multi-row INSERT: 64 rows of 8 columns stay far below SQLite's 32,766 bound parameters. */
const ROWS_PER_STATEMENT = 64;

/**
 * Rows for one table gathered and inserted `ROWS_PER_STATEMENT` at a time by one prepared multi-row
 * INSERT (`VALUES (?, …), (?, …), …`): one call into SQLite per 64 rows instead of one per row. The
 * statement for the last, shorter chunk is prepared once per length.
 */
export class RowBatch {
  private readonly pending: unknown[] = [];
  private readonly statements = new Map<number, Statement>();

  constructor(private readonly db: Database, private readonly table: string, private readonly columns: readonly string[]) {}

  add(...values: unknown[]): void {
    for (const value of values) this.pending.push(value);
    if (this.pending.length === ROWS_PER_STATEMENT * this.columns.length) this.flush();
  }

  /** Inserts what is gathered; called by the batch before its transaction commits. */
  flush(): void {
    const rows = this.pending.length / this.columns.length;
    if (rows === 0) return;
    this.statementFor(rows).run(this.pending);
    this.pending.length = 0;
  }

  private statementFor(rows: number): Statement {
    const known = this.statements.get(rows);
    if (known) return known;
    const row = `(${this.columns.map(() => '?').join(', ')})`;
    const statement = this.db.prepare(`INSERT INTO ${this.table} (${this.columns.join(', ')}) VALUES ${Array(rows).fill(row).join(', ')}`);
    this.statements.set(rows, statement);
    return statement;
  }
}
