/** Instants and dates of the demo, all relative to "now" and expressed in the bank's zone. */
import { localDate, zonedInstant, zonedYearMonth } from '../time';

export class DemoCalendar {
  private readonly today: { year: number; monthIndex: number; day: number };
  /** The demo keeps twelve months of history: everything after this instant and up to now. */
  readonly windowStart: Date;

  constructor(readonly now: Date, readonly timeZone: string) {
    const { year, monthIndex } = zonedYearMonth(now, timeZone);
    this.today = { year, monthIndex, day: Number(localDate(now, timeZone).slice(8)) };
    this.windowStart = zonedInstant(timeZone, year, monthIndex - 12, this.today.day + 1);
  }

  /** A wall-clock time on `day` of the month `monthsBack` months before the current one. */
  inMonth(monthsBack: number, day: number, hour: number, minute: number): Date {
    return zonedInstant(this.timeZone, this.today.year, this.today.monthIndex - monthsBack, day, hour, minute);
  }

  /** A wall-clock time `days` days before today (0 = today). */
  daysAgo(days: number, hour: number, minute: number): Date {
    const { year, monthIndex, day } = this.today;
    return zonedInstant(this.timeZone, year, monthIndex, day - days, hour, minute);
  }

  /** The bank-zone date `days` days after today (negative for the past). */
  dateIn(days: number): string {
    return this.dateOf(this.daysAgo(-days, 12, 0));
  }

  /** The bank-zone date of an instant. */
  dateOf(at: Date): string {
    return localDate(at, this.timeZone);
  }

  /** Whether an instant falls in the demo's history window. */
  inWindow(at: Date): boolean {
    return at > this.windowStart && at <= this.now;
  }
}
