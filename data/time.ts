/**
 * The one place where calendar dates of the bank's time zone meet UTC instants. Dates are
 * `YYYY-MM-DD` strings in the bank's zone; instants are stored as UTC ISO strings so that they
 * sort and compare as text in SQL.
 */
import { TZDate } from '@date-fns/tz';

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_INSTANT = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,3})?)?(?:Z|[+-]([01]\d|2[0-3]):([0-5]\d))$/;

/** A real calendar date written `YYYY-MM-DD` (2026-02-30 is refused). */
export function isCalendarDate(value: string): boolean {
  const match = CALENDAR_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

/** An ISO 8601 date-time that names its offset (or Z), so it denotes one instant whatever the server's zone. */
export function isIsoInstant(value: string): boolean {
  const match = ISO_INSTANT.exec(value);
  return match !== null && isCalendarDate(match[1]) && !Number.isNaN(Date.parse(value));
}

/** The UTC ISO form the database stores: `2026-11-02T09:15:00.000Z`. */
export function toUtcIso(instant: string | Date): string {
  return new Date(instant).toISOString();
}

/** The instant a bank-zone calendar day starts, `days` days after `date` (0 = that day). */
function dayStart(date: string, timeZone: string, days: number): string {
  const match = CALENDAR_DATE.exec(date);
  if (!match || !isCalendarDate(date)) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  const [year, month, day] = match.slice(1).map(Number);
  return toUtcIso(new Date(new TZDate(year, month - 1, day + days, timeZone).getTime()));
}

/**
 * The half-open UTC range [start, end) covering the inclusive bank-zone dates `first`..`last`,
 * as stored-instant strings ready for `>= start AND < end` comparisons.
 */
export function dayRangeToInstants(first: string, last: string, timeZone: string): { start: string; end: string } {
  return { start: startOfDayInstant(first, timeZone), end: endOfDayInstant(last, timeZone) };
}

/** The first instant of the bank-zone day `date`. */
export function startOfDayInstant(date: string, timeZone: string): string {
  return dayStart(date, timeZone, 0);
}

/** The first instant after the bank-zone day `date` ends. */
export function endOfDayInstant(date: string, timeZone: string): string {
  return dayStart(date, timeZone, 1);
}

/** The bank-zone calendar date `YYYY-MM-DD` of an instant. */
export function localDate(instant: Date, timeZone: string): string {
  const local = new TZDate(instant.getTime(), timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
}

/** The instant of a wall-clock time in the bank's zone; days and months overflow like `Date`. */
export function zonedInstant(
  timeZone: string, year: number, monthIndex: number, day: number, hour = 0, minute = 0,
): Date {
  return new Date(new TZDate(year, monthIndex, day, hour, minute, timeZone).getTime());
}

/** Year and 0-based month of an instant in the bank's zone. */
export function zonedYearMonth(instant: Date, timeZone: string): { year: number; monthIndex: number } {
  const local = new TZDate(instant.getTime(), timeZone);
  return { year: local.getFullYear(), monthIndex: local.getMonth() };
}
