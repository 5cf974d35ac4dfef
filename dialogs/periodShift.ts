import { addDays, addMonths, addWeeks, addYears, endOfMonth, endOfWeek, endOfYear, format, startOfMonth, startOfWeek, startOfYear } from 'date-fns';
import type { DateRange } from '../data/types';
import type { RecognizedEntities } from './recognized';

type Shift = NonNullable<RecognizedEntities['periodShift']>[number];
type Unit = Shift['unit'];

const MOVE: Record<Unit, (date: Date, amount: number) => Date> = { day: addDays, week: addWeeks, month: addMonths, year: addYears };
const WEEK = { weekStartsOn: 1 } as const;
/** The calendar unit a period fills, start and end, so that a whole month moves to the whole month before. */
const WHOLE: Record<Exclude<Unit, 'day'>, [(d: Date) => Date, (d: Date) => Date]> = {
  week: [(d) => startOfWeek(d, WEEK), (d) => endOfWeek(d, WEEK)],
  month: [startOfMonth, endOfMonth],
  year: [startOfYear, endOfYear],
};

/**
 * "et le mois d'avant ?": the previous answer's period moved by one unit. A whole calendar unit, or the
 * part of the current one so far ("ce mois-ci" until today), becomes the whole unit before or after; any
 * other period keeps its length ("le 1er octobre" → "le 1er septembre"). Never reaches past today.
 */
export function shiftPeriod(period: DateRange, shift: Shift, today: string): DateRange {
  const start = calendarDay(period.start);
  const end = calendarDay(period.end);
  let moved: DateRange;
  if (shift.unit !== 'day' && fillsUnit(start, end, shift.unit, today)) {
    const [first, last] = WHOLE[shift.unit];
    const target = MOVE[shift.unit](start, shift.step);
    moved = { start: dayString(first(target)), end: dayString(last(target)) };
  } else {
    moved = { start: dayString(MOVE[shift.unit](start, shift.step)), end: dayString(MOVE[shift.unit](end, shift.step)) };
  }
  return moved.end > today ? { start: moved.start < today ? moved.start : today, end: today } : moved;
}

function fillsUnit(start: Date, end: Date, unit: Exclude<Unit, 'day'>, today: string): boolean {
  const [first, last] = WHOLE[unit];
  if (dayString(first(start)) !== dayString(start)) return false;
  const endString = dayString(end);
  return endString === dayString(last(start)) || (endString === today && dayString(first(end)) === dayString(start));
}

/** Dates as plain calendar days (noon, local): the arithmetic of days and months needs no time zone. */
function calendarDay(date: string): Date {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(year, month - 1, day, 12);
}

function dayString(date: Date): string {
  return format(date, 'yyyy-MM-dd');
}
