/**
 * Reads one field at a time from an untrusted record, throwing a `DatasetError` that names the
 * record and field at the first problem. Values are quoted as JSON so operators see exactly what was sent.
 */
import { DatasetError } from '../errors';
import { MAX_AMOUNT_CENTS, formatCents, isBoundedAmount, parseCents } from '../money';
import { isCalendarDate, isIsoInstant, toUtcIso } from '../time';

const CURRENCY_CODE = /^[A-Z]{3}$/;
const LAST_FOUR = /^\d{4}$/;

const LONGEST_QUOTE = 60;

/** The offending value as JSON, cut short so one huge record cannot flood an operator's terminal. */
export function describe(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > LONGEST_QUOTE ? `${json.slice(0, LONGEST_QUOTE)}…` : json;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export class RecordReader {
  constructor(
    readonly path: string,
    private readonly record: Record<string, unknown>,
  ) {}

  fail(field: string, problem: string): never {
    throw new DatasetError(`${this.path}.${field}`, problem);
  }

  private present(field: string): unknown {
    const value = this.record[field];
    if (value === undefined || value === null) this.fail(field, 'required field is missing');
    return value;
  }

  string(field: string): string {
    const value = this.present(field);
    if (typeof value !== 'string') this.fail(field, `${describe(value)} is not a string`);
    return value;
  }

  /** Absent and null both mean "none". */
  optionalString(field: string): string | null {
    return this.record[field] === undefined || this.record[field] === null ? null : this.string(field);
  }

  /** A field this kind of record must not carry; absent and null are fine. */
  absent(field: string, reason: string): null {
    if (this.record[field] !== undefined && this.record[field] !== null) this.fail(field, reason);
    return null;
  }

  /** Four digits as a string ("0042"), or null when absent. */
  optionalLastFour(field: string): string | null {
    const value = this.optionalString(field);
    if (value !== null && !LAST_FOUR.test(value)) this.fail(field, `${describe(value)} is not the last 4 digits of a card number`);
    return value;
  }

  oneOf<T extends string>(field: string, allowed: readonly T[]): T {
    const value = this.string(field);
    if (!(allowed as readonly string[]).includes(value)) {
      this.fail(field, `${describe(value)} is not one of ${allowed.join(', ')}`);
    }
    return value as T;
  }

  cents(field: string): number {
    const value = this.present(field);
    const cents = parseCents(value);
    if (cents === null) this.fail(field, `${describe(value)} is not a decimal amount`);
    if (!isBoundedAmount(cents)) this.fail(field, `${describe(value)} is beyond the largest amount, ±${formatCents(MAX_AMOUNT_CENTS)}`);
    return cents;
  }

  /** The instant as the database stores it (UTC ISO). */
  instant(field: string): string {
    const value = this.string(field);
    if (!isIsoInstant(value)) this.fail(field, `${describe(value)} is not an ISO 8601 time with an offset`);
    return toUtcIso(value);
  }

  optionalInstant(field: string): string | null {
    return this.record[field] === undefined || this.record[field] === null ? null : this.instant(field);
  }

  optionalDate(field: string): string | null {
    if (this.record[field] === undefined || this.record[field] === null) return null;
    const value = this.string(field);
    if (!isCalendarDate(value)) this.fail(field, `${describe(value)} is not a YYYY-MM-DD date`);
    return value;
  }

  currency(field: string): string {
    const value = this.string(field);
    if (!CURRENCY_CODE.test(value)) this.fail(field, `${describe(value)} is not a 3-letter uppercase currency code`);
    return value;
  }

  positiveInteger(field: string): number {
    const value = this.present(field);
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0) {
      this.fail(field, `${describe(value)} is not a positive integer`);
    }
    return value;
  }

  array(field: string): unknown[] {
    const value = this.present(field);
    if (!Array.isArray(value)) this.fail(field, `${describe(value)} is not an array`);
    return value;
  }
}
