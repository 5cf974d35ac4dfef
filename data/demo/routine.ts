/**
 * A customer's everyday money, month by month: salary, rent, direct debits, savings transfer and
 * habits. Every month draws the same random numbers whatever "now" is, so figures never shift;
 * entries outside the history window are dropped later.
 */
import type { Bill, DemoEntry, Habit } from './catalog';
import type { DemoCalendar } from './calendar';
import type { DemoProfile } from './customers';
import type { SeededRandom } from './random';

/** Months generated: the current one and twelve before it, to cover the twelve-month window. */
export const MONTHS_BACK = 12;

export function routineEntries(profile: DemoProfile, calendar: DemoCalendar, random: SeededRandom): DemoEntry[] {
  const entries: DemoEntry[] = [];
  for (let monthsBack = 0; monthsBack <= MONTHS_BACK; monthsBack++) {
    const at = (day: number, hour: number, minute = 0) => calendar.inMonth(monthsBack, day, hour, minute);
    const { salary, rent, savingsTransfer: saving } = profile;
    entries.push(
      booked('checking', at(salary.day, 7), salary.cents, salary.description, salary.merchant, 'salary'),
      booked('checking', at(rent.day, 6), -rent.cents, rent.description, rent.merchant, 'housing'),
      { ...booked('checking', at(saving.day, 9), -saving.cents, saving.outDescription, null, 'transfer'), counterpart: 'savings' },
      { ...booked('savings', at(saving.day, 9), saving.cents, saving.inDescription, null, 'transfer'), counterpart: 'checking' },
    );
    for (const bill of profile.catalog.bills) entries.push(billEntry(bill, at(bill.day, 6, 30), random));
    for (const habit of profile.catalog.habits) entries.push(...habitEntries(habit, profile, random, at));
  }
  return entries;
}

function booked(
  account: DemoEntry['account'], at: Date, cents: number, description: string, merchant: string | null,
  category: DemoEntry['category'],
): DemoEntry {
  return { account, at, cents, description, merchant, category, status: 'booked' };
}

function billEntry(bill: Bill, at: Date, random: SeededRandom): DemoEntry {
  return booked('checking', at, -random.int(bill.minCents, bill.maxCents), bill.description, bill.merchant, bill.category);
}

function habitEntries(
  habit: Habit, profile: DemoProfile, random: SeededRandom, at: (day: number, hour: number, minute: number) => Date,
): DemoEntry[] {
  const times = random.int(...habit.timesPerMonth);
  const step = habit.stepCents ?? 1;
  const account = habit.onCard && profile.card ? 'card' : 'checking';
  return Array.from({ length: times }, () => {
    const when = at(random.int(1, 28), random.int(8, 21), random.int(0, 59));
    const cents = habit.minCents + step * random.int(0, (habit.maxCents - habit.minCents) / step);
    return booked(account, when, -cents, habit.description, habit.merchant, habit.category);
  });
}
