import { addDays, addMonths, differenceInCalendarDays, addWeeks, addYears, endOfMonth, endOfWeek, endOfYear, format, startOfMonth, startOfWeek, startOfYear } from 'date-fns';
import type { DateRange } from '../../data/types';
import type { RecognizedEntities } from '../recognized';

type Shift = NonNullable<RecognizedEntities['periodShift']>[number];
type Unit = Shift['unit'];

const MOVE: Record<Unit, (date: Date, amount: number) => Date> = {
  day: addDays, week: addWeeks, fortnight: (date, amount) => addDays(date, 14 * amount), month: addMonths, year: addYears,
};
/** Units with no calendar boundary: a fortnight is any 14 days. */
type CalendarUnit = Exclude<Unit, 'day' | 'fortnight'>;
const WEEK = { weekStartsOn: 1 } as const;
/** The calendar unit a period fills, start and end, so that a whole month moves to the whole month before. */
const WHOLE: Record<CalendarUnit, [(d: Date) => Date, (d: Date) => Date]> = {
  week: [(d) => startOfWeek(d, WEEK), (d) => endOfWeek(d, WEEK)],
  month: [startOfMonth, endOfMonth],
  year: [startOfYear, endOfYear],
};

/** How many days a period of one unit may last: a rolling "30 derniers jours" is a month long. */
const UNIT_DAYS: Record<Unit, [number, number]> = { day: [1, 1], week: [7, 7], fortnight: [14, 15], month: [28, 31], year: [365, 366] };

/**
 * "et le mois d'avant ?": the previous answer's period moved by the unit the shift names. A whole calendar
 * unit, or the part of the current one so far ("ce mois-ci" until today), becomes the whole unit before
 * or after; a single day moves by the unit ("le 1er octobre" → "le 1er septembre"); a run of days one
 * unit long moves by its own length ("les 30 derniers jours" → the 30 days before); any other run of days
 * gives the one unit next to it ("la semaine d'avant" after 30 days → the 7 days before they start).
 * Never reaches past today.
 */
export function shiftPeriod(period: DateRange, shift: Shift, today: string): DateRange {
  const start = calendarDay(period.start);
  const end = calendarDay(period.end);
  const days = differenceInCalendarDays(end, start) + 1;
  const [shortest, longest] = UNIT_DAYS[shift.unit];
  let moved: DateRange;
  if (shift.unit !== 'day' && shift.unit !== 'fortnight' && fillsUnit(start, end, shift.unit, today)) {
    const [first, last] = WHOLE[shift.unit];
    const target = MOVE[shift.unit](start, shift.step);
    moved = { start: dayString(first(target)), end: dayString(last(target)) };
  } else if (days === 1) {
    moved = { start: dayString(MOVE[shift.unit](start, shift.step)), end: dayString(MOVE[shift.unit](end, shift.step)) };
  } else if (days >= shortest && days <= longest) {
    moved = nextTo(start, end, shift.step, (date, step) => addDays(date, step * days));
  } else {
    moved = nextTo(start, end, shift.step, (date, step) => MOVE[shift.unit](date, step));
  }
  return moved.end > today ? { start: moved.start < today ? moved.start : today, end: today } : moved;
}

/** The run of days just before the period's start (step -1) or just after its end (step 1), as long as `move` says. */
function nextTo(start: Date, end: Date, step: -1 | 1, move: (date: Date, step: -1 | 1) => Date): DateRange {
  return step < 0
    ? { start: dayString(move(start, -1)), end: dayString(addDays(start, -1)) }
    : { start: dayString(addDays(end, 1)), end: dayString(move(end, 1)) };
}

function fillsUnit(start: Date, end: Date, unit: CalendarUnit, today: string): boolean {
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
