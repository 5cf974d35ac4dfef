import { TZDate } from '@date-fns/tz';
import {
  addDays, endOfMonth, endOfWeek, endOfYear, format, isAfter, isValid, startOfDay, startOfMonth,
  startOfWeek, startOfYear, subMonths, subWeeks, subYears,
} from 'date-fns';
import type { Period } from '../types';

/** A span of whole days, both ends included, as dates in the bank's time zone. */
export interface DayRange {
  start: TZDate;
  end: TZDate;
}

const WEEK_STARTS_ON_MONDAY = { weekStartsOn: 1 } as const;

/**
 * Calendar arithmetic around "today" in the bank's time zone. TZDate keeps every computation in that zone,
 * so the answer never depends on the machine's TZ. Expressions that name a month or a day without a year
 * mean the latest one not in the future: people ask about what has happened.
 */
export class Calendar {
  readonly today: TZDate;

  constructor(now: Date, private readonly timeZone: string) {
    this.today = startOfDay(new TZDate(now.getTime(), timeZone));
  }

  /** The bank's time zone, for dates built outside the calendar (holidays). */
  get zone(): string {
    return this.timeZone;
  }

  /**
   * "entre le 3 et le 10" with no month: the latest such span that has passed, this month's when its last
   * day is behind us, else the month before's (on 1 December, 3 to 10 November). Undefined for 31 to 30.
   */
  latestDaySpan(startDay: number, endDay: number): DayRange | undefined {
    if (endDay < startDay) return undefined;
    for (let monthsAgo = 0; monthsAgo <= 12; monthsAgo += 1) {
      const first = startOfMonth(subMonths(this.today, monthsAgo));
      const start = new TZDate(first.getFullYear(), first.getMonth(), startDay, this.timeZone);
      const end = new TZDate(first.getFullYear(), first.getMonth(), endDay, this.timeZone);
      const exists = end.getMonth() === first.getMonth() && start.getMonth() === first.getMonth();
      if (exists && !isAfter(end, this.today)) return { start, end };
    }
    return undefined;
  }

  /** Today moved by a number of days (0 today, -1 yesterday). */
  day(offset: number): DayRange {
    const day = addDays(this.today, offset);
    return { start: day, end: day };
  }

  /** The Monday-to-Sunday week, `weeksAgo` weeks back. */
  week(weeksAgo: number): DayRange {
    const day = subWeeks(this.today, weeksAgo);
    return { start: startOfWeek(day, WEEK_STARTS_ON_MONDAY), end: endOfWeek(day, WEEK_STARTS_ON_MONDAY) };
  }

  /** Saturday and Sunday of the Monday-to-Sunday week `weeksAgo` weeks back. */
  weekend(weeksAgo: number): DayRange {
    const sunday = endOfWeek(subWeeks(this.today, weeksAgo), WEEK_STARTS_ON_MONDAY);
    return { start: startOfDay(addDays(sunday, -1)), end: startOfDay(sunday) };
  }

  /** "The weekend": the one under way on a Saturday or Sunday, else the one just past. */
  recentWeekend(): DayRange {
    const weekday = this.today.getDay();
    return this.weekend(weekday === 0 || weekday === 6 ? 0 : 1);
  }

  month(monthsAgo: number): DayRange {
    const day = subMonths(this.today, monthsAgo);
    return { start: startOfMonth(day), end: endOfMonth(day) };
  }

  year(yearsAgo: number): DayRange {
    const day = subYears(this.today, yearsAgo);
    return { start: startOfYear(day), end: endOfYear(day) };
  }

  wholeYear(year: number): DayRange {
    const day = new TZDate(year, 0, 1, this.timeZone);
    return { start: day, end: endOfYear(day) };
  }

  /** A named month (0-11); without a year, the latest one that has begun. */
  namedMonth(monthIndex: number, year?: number): DayRange {
    const inferredYear = year ?? (monthIndex <= this.today.getMonth() ? this.today.getFullYear() : this.today.getFullYear() - 1);
    const first = new TZDate(inferredYear, monthIndex, 1, this.timeZone);
    return { start: first, end: endOfMonth(first) };
  }

  /** A calendar date; without a year, the latest such date not after today. Undefined for 31 February. */
  date(monthIndex: number, dayOfMonth: number, year?: number): TZDate | undefined {
    const build = (y: number) => new TZDate(y, monthIndex, dayOfMonth, this.timeZone);
    let date = build(year ?? this.today.getFullYear());
    if (year === undefined && isAfter(date, this.today)) date = build(this.today.getFullYear() - 1);
    const exists = isValid(date) && date.getMonth() === monthIndex && date.getDate() === dayOfMonth;
    return exists ? date : undefined;
  }

  /** From `start` up to today. */
  since(start: TZDate): DayRange {
    return { start, end: this.today };
  }

  /** The most recent given ISO weekday (1 Monday … 7 Sunday), today included, up to today. */
  sinceWeekday(isoWeekday: number): DayRange {
    const todayIso = this.today.getDay() === 0 ? 7 : this.today.getDay();
    const daysBack = (todayIso - isoWeekday + 7) % 7;
    return this.since(addDays(this.today, -daysBack));
  }

  /** "vendredi dernier", "last friday": the latest given ISO weekday before today (a week ago when it is today). */
  lastWeekday(isoWeekday: number): DayRange {
    const todayIso = this.today.getDay() === 0 ? 7 : this.today.getDay();
    return this.day(-((todayIso - isoWeekday + 6) % 7 + 1));
  }

  /** A rolling window ending today: "the last 30 days" is today and the 29 days before. */
  lastDays(count: number): DayRange {
    return this.since(addDays(this.today, 1 - count));
  }

  lastMonths(count: number): DayRange {
    return this.since(addDays(subMonths(this.today, count), 1));
  }

  startOfThisMonth(): DayRange {
    return this.since(startOfMonth(this.today));
  }

  startOfThisYear(): DayRange {
    return this.since(startOfYear(this.today));
  }

  /**
   * The period as reported. Bank records stop at today, so a range still running ("this month") ends today;
   * a range wholly in the future is kept as typed.
   */
  toPeriod(range: DayRange): Period {
    const end = isAfter(range.end, this.today) && !isAfter(range.start, this.today) ? this.today : range.end;
    return { start: format(range.start, 'yyyy-MM-dd'), end: format(end, 'yyyy-MM-dd') };
  }
}
