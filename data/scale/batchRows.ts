/**
 * The building side of the load: generated customers flattened into a `RowsBatch`, every value as the
 * table stores it (ISO times, calendar dates), so that the inserting thread only binds and inserts.
 */
import type { ScaleCustomer } from './scaleRows';
import { NULL_TEXT, SCALE_TABLES, type ColumnKind, type RowsBatch } from './scaleTables';

type Value = string | number | null;

/** The batch's strings: a repeating value is stored once, a unique one as it comes. */
class BatchStrings {
  list: string[] = [];
  private seen = new Map<string, number>();

  indexOf(value: string | null, kind: ColumnKind): number {
    if (value === null) return NULL_TEXT;
    if (kind === 'unique') return this.list.push(value) - 1;
    let index = this.seen.get(value);
    if (index === undefined) {
      index = this.list.push(value) - 1;
      this.seen.set(value, index);
    }
    return index;
  }

  clear(): void {
    this.list = [];
    this.seen = new Map();
  }
}

/** One table's cells, row after row, in a typed array that doubles when full. */
class TableCells {
  private cells = new Float64Array(4096);
  private length = 0;
  private readonly kinds: ColumnKind[];

  constructor(columns: Readonly<Record<string, ColumnKind>>, private readonly strings: BatchStrings) {
    this.kinds = Object.values(columns);
  }

  add(...values: Value[]): void {
    if (this.length + values.length > this.cells.length) this.grow();
    for (let column = 0; column < values.length; column++) {
      const kind = this.kinds[column];
      const value = values[column];
      this.cells[this.length++] = kind === 'int' ? value as number : this.strings.indexOf(value as string | null, kind);
    }
  }

  /** The cells gathered (a copy of their length, to be moved to the other thread); starts again. */
  take(): Float64Array<ArrayBuffer> {
    const cells = this.cells.slice(0, this.length);
    this.length = 0;
    return cells;
  }

  private grow(): void {
    const larger = new Float64Array(this.cells.length * 2);
    larger.set(this.cells);
    this.cells = larger;
  }
}

export class BatchRows {
  private readonly strings = new BatchStrings();
  private readonly tables = SCALE_TABLES.map((table) => new TableCells(table.columns, this.strings));
  private rows = 0;

  /** Adds one customer's rows to the batch under way. */
  add(customer: ScaleCustomer): void {
    const [customers, accounts, transactions, receipts, items, deliveries] = this.tables;
    customers.add(customer.id, customer.name, customer.locale);
    for (const a of customer.accounts) accounts.add(a.id, customer.id, a.type, a.name, a.iban, a.cardLast4, 'EUR', a.balanceCents);
    for (const t of customer.transactions) {
      transactions.add(t.id, t.accountId, new Date(t.bookedAt).toISOString(), t.amountCents, t.description, t.merchant, t.category, t.status);
    }
    this.rows += 1 + customer.accounts.length + customer.transactions.length;
    for (const r of customer.receipts) {
      receipts.add(r.id, r.transactionId, r.merchant, r.orderNumber, 'Visa', new Date(r.purchasedAt).toISOString(), r.taxCents, r.totalCents);
      r.items.forEach((item, position) => items.add(r.id, position, item.name, item.quantity, item.unitPriceCents));
      const d = r.delivery;
      deliveries.add(`${r.id}-d`, r.id, d.carrier, d.trackingNumber, d.status, calendarDate(d.estimatedDelivery),
        d.deliveredAt === null ? null : new Date(d.deliveredAt).toISOString());
      this.rows += 2 + r.items.length;
    }
  }

  /** The batch gathered since the last call, `customers` being how many are generated so far; starts the next. */
  take(customers: number): RowsBatch {
    const batch = { customers, rows: this.rows, strings: this.strings.list, cells: this.tables.map((table) => table.take()) };
    this.strings.clear();
    this.rows = 0;
    return batch;
  }
}

/**
 * The bank-zone date of a generated instant. Generated times fall between 07:00 and 21:00 UTC, which is
 * the same calendar day in any European zone, so the UTC date is it (and costs no time-zone arithmetic).
 */
function calendarDate(instant: number): string {
  return new Date(instant).toISOString().slice(0, 10);
}
