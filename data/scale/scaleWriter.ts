/**
 * The inserting side of the load: a `RowsBatch` written by prepared multi-row INSERTs
 * (`VALUES (?, …), (?, …), …`), 64 rows a call into SQLite instead of one. The caller holds the
 * batch's transaction. A statement, and the array its values are bound from, are made once per table
 * and number of rows (the last, shorter chunk of a batch has its own).
 */
import type { Statement } from 'better-sqlite3';
import type { Db } from '../database';
import { NULL_TEXT, ROWS_PER_STATEMENT, SCALE_TABLES, type RowsBatch } from './scaleTables';

class MultiRowInsert {
  private readonly statements = new Map<number, { statement: Statement; values: unknown[] }>();
  private readonly text: boolean[];

  constructor(private readonly db: Db, private readonly table: string, private readonly columns: Readonly<Record<string, string>>) {
    this.text = Object.values(columns).map((kind) => kind !== 'int');
  }

  /** Inserts every row of `cells`, `ROWS_PER_STATEMENT` at a time. */
  run(cells: Float64Array, strings: string[]): void {
    const width = this.text.length;
    const rows = cells.length / width;
    for (let first = 0; first < rows; first += ROWS_PER_STATEMENT) {
      const { statement, values } = this.statementFor(Math.min(ROWS_PER_STATEMENT, rows - first));
      const offset = first * width;
      for (let value = 0; value < values.length; value++) {
        const cell = cells[offset + value];
        values[value] = !this.text[value % width] ? cell : cell === NULL_TEXT ? null : strings[cell];
      }
      statement.run(values);
    }
  }

  private statementFor(rows: number) {
    const known = this.statements.get(rows);
    if (known) return known;
    const names = Object.keys(this.columns);
    const row = `(${names.map(() => '?').join(', ')})`;
    const made = {
      statement: this.db.prepare(`INSERT INTO ${this.table} (${names.join(', ')}) VALUES ${Array(rows).fill(row).join(', ')}`),
      values: new Array<unknown>(rows * names.length),
    };
    this.statements.set(rows, made);
    return made;
  }
}

export class ScaleWriter {
  private readonly inserts;

  constructor(db: Db) {
    this.inserts = SCALE_TABLES.map((table) => new MultiRowInsert(db, table.name, table.columns));
  }

  /** Inserts the batch, table after table, parents first. */
  write(batch: RowsBatch): void {
    this.inserts.forEach((insert, table) => insert.run(batch.cells[table], batch.strings));
  }
}
