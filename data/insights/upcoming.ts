/**
 * What the recurring series say is coming: the expected debits of a period, and the balance they leave
 * day by day. Pure; an estimate by nature, which the answers say.
 */
import type { DateRange } from '../types';
import type { RecurringSeries } from './recurring';
import { stepFrom } from './rhythm';

export interface ExpectedDebit {
  merchant: string;
  accountId: string;
  /** `YYYY-MM-DD`; a payment that is late is expected today. */
  date: string;
  amountCents: number;
  /** Set on a credit card's monthly settlement (its name): an estimate from what the card owes, worded as such. */
  settlesCard?: string;
}

export interface ProjectedDay {
  date: string;
  debits: ExpectedDebit[];
  /** The balance once that day's expected debits are taken. */
  balanceCents: number;
}

/** Every expected payment of the series in the period (inclusive), in date order. */
export function expectedDebits(series: readonly RecurringSeries[], period: DateRange, today: string): ExpectedDebit[] {
  const debits: ExpectedDebit[] = [];
  for (const s of series) {
    for (let n = s.paymentIds.length; ; n++) {
      const expected = stepFrom(s.firstDate, s.rhythm, n);
      const date = expected < today ? today : expected;
      if (date > period.end) break;
      if (date >= period.start) debits.push({ merchant: s.merchant, accountId: s.accountId, date, amountCents: s.amountCents });
    }
  }
  return byDate(debits);
}

/** The series' debits with others expected (a card's settlement) that fall in the period, in date order. */
export function withExpected(debits: readonly ExpectedDebit[], others: readonly ExpectedDebit[], period: DateRange): ExpectedDebit[] {
  return byDate([...debits, ...others.filter((d) => d.date >= period.start && d.date <= period.end)]);
}

function byDate(debits: ExpectedDebit[]): ExpectedDebit[] {
  return debits.sort((a, b) => a.date.localeCompare(b.date) || a.merchant.localeCompare(b.merchant));
}

/** The balance after each day with expected debits, starting from today's balance. */
export function projectBalance(balanceCents: number, debits: readonly ExpectedDebit[]): ProjectedDay[] {
  const days: ProjectedDay[] = [];
  let balance = balanceCents;
  for (const debit of debits) {
    balance -= debit.amountCents;
    const current = days[days.length - 1];
    if (current?.date === debit.date) {
      current.debits.push(debit);
      current.balanceCents = balance;
    } else {
      days.push({ date: debit.date, debits: [debit], balanceCents: balance });
    }
  }
  return days;
}

export function totalOf(debits: readonly ExpectedDebit[]): number {
  return debits.reduce((sum, d) => sum + d.amountCents, 0);
}
