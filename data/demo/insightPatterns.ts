/**
 * What the insight questions need to show on the demo bank, for the customers who carry it: a
 * subscription whose price rose four months ago, a quarterly bill due in four days, and a charge
 * taken twice three days ago. Fixed amounts, no random draw, so every other figure stays as it was.
 */
import type { DemoEntry } from './catalog';
import type { DemoCalendar } from './calendar';

export interface InsightPatterns {
  subscription: { merchant: string; description: string; day: number; oldCents: number; newCents: number; risenMonthsAgo: number };
  quarterly: { merchant: string; description: string; cents: number };
  doubleCharge: { merchant: string; description: string; cents: number };
}

export function insightEntries(patterns: InsightPatterns, calendar: DemoCalendar): DemoEntry[] {
  const { subscription: sub, quarterly, doubleCharge } = patterns;
  const entry = (at: Date, cents: number, description: string, merchant: string, category: DemoEntry['category']): DemoEntry =>
    ({ account: 'checking', at, cents, description, merchant, category, status: 'booked' });
  const entries: DemoEntry[] = [];
  for (let monthsBack = 0; monthsBack <= 12; monthsBack++) {
    const cents = monthsBack < sub.risenMonthsAgo ? sub.newCents : sub.oldCents;
    entries.push(entry(calendar.inMonth(monthsBack, sub.day, 6, 40), -cents, sub.description, sub.merchant, 'subscriptions'));
  }
  // Every three months, on the day four days from now: the next one is due in four days.
  const dueDay = Number(calendar.dateIn(4).slice(8));
  const dueMonthsAhead = calendar.dateIn(4).slice(0, 7) === calendar.dateIn(0).slice(0, 7) ? 0 : 1;
  for (const quartersBack of [1, 2, 3, 4]) {
    const at = calendar.inMonth(3 * quartersBack - dueMonthsAhead, dueDay, 6, 50);
    entries.push(entry(at, -quarterly.cents, quarterly.description, quarterly.merchant, 'utilities'));
  }
  const twice = calendar.daysAgo(3, 19, 12);
  entries.push(entry(twice, -doubleCharge.cents, doubleCharge.description, doubleCharge.merchant, 'restaurants'));
  entries.push(entry(new Date(twice.getTime() + 4 * 60_000), -doubleCharge.cents, doubleCharge.description, doubleCharge.merchant, 'restaurants'));
  return entries;
}
