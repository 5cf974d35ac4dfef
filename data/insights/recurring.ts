/**
 * Recurring payments found in a customer's history: the same merchant, a similar amount, a regular
 * interval. Pure (no I/O, "today" is a parameter), so it is tested on histories where the series are known.
 *
 * Tolerances, documented for the customer's sake as much as ours:
 * - date: each payment within the rhythm's `toleranceDays` of its expected date (weekly ±1 day,
 *   monthly ±3, quarterly ±5, yearly ±7), the expected dates counted from the series' first payment;
 * - amount: each payment within ±10 % of the one before, except one price rise of at most 50 % once
 *   the series is established (two payments at the old price), which is then reported (a subscription
 *   seldom gets cheaper; a shop's prices that fall as often as they rise are no series);
 * - a series needs 4 weekly, 3 monthly or quarterly, or 2 yearly payments, and is over once its next
 *   expected date is more than its tolerance in the past;
 * - a series must hold at least half of the merchant's payments over its span, and over the year up to
 *   its last payment: among a shop's many purchases (a year of irregular rides), a few that happen to fall
 *   a month apart at a similar price are chance, not a subscription.
 */
import { foldText } from '../textFolding';
import { RHYTHM_RULES, addMonths, daysBetween, monthlyCents, ruleOf, stepFrom, type Rhythm } from './rhythm';

export const AMOUNT_TOLERANCE_PERCENT = 10;
export const PRICE_CHANGE_MAX_PERCENT = 50;

/** One payment as the detector reads it: a positive amount, a bank-zone date. */
export interface Payment {
  id: string;
  accountId: string;
  /** `YYYY-MM-DD` in the bank's zone. */
  date: string;
  amountCents: number;
  merchant: string;
}

export interface PriceChange {
  fromCents: number;
  toCents: number;
  /** The date of the first payment at the new price. */
  since: string;
}

export interface RecurringSeries {
  merchant: string;
  accountId: string;
  rhythm: Rhythm;
  /** The latest amount, which the next payment is expected to be. */
  amountCents: number;
  monthlyCents: number;
  firstDate: string;
  lastDate: string;
  nextDate: string;
  paymentIds: string[];
  priceChange: PriceChange | null;
}

interface Chain {
  payments: Payment[];
  rhythm: Rhythm | null;
  priceChange: PriceChange | null;
}

/** Every recurring series still running on `today`, soonest next payment first. */
export function detectRecurring(payments: readonly Payment[], today: string): RecurringSeries[] {
  const byMerchant = new Map<string, Payment[]>();
  for (const payment of payments) {
    const key = payment.merchant.toLowerCase();
    byMerchant.set(key, [...(byMerchant.get(key) ?? []), payment]);
  }
  const series = [...byMerchant.values()].flatMap((group) => {
    const chains = chainsOf(group);
    return chains.filter((c) => holdsMost(c, group, chains)).map(toSeries);
  });
  return series
    .filter((s): s is RecurringSeries => s !== null && daysBetween(s.nextDate, today) <= ruleOf(s.rhythm).toleranceDays)
    .sort((a, b) => a.nextDate.localeCompare(b.nextDate) || a.merchant.localeCompare(b.merchant));
}

/** Each payment joins the chain it fits best (date first, then amount), or starts one. */
function chainsOf(group: readonly Payment[]): Chain[] {
  const chains: Chain[] = [];
  const sorted = [...group].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  for (const payment of sorted) {
    const fitting = chains
      .map((chain) => ({ chain, fit: fitOf(chain, payment) }))
      .filter((c): c is { chain: Chain; fit: Fit } => c.fit !== null)
      .sort((a, b) => a.fit.distance - b.fit.distance)[0];
    if (!fitting) {
      chains.push({ payments: [payment], rhythm: null, priceChange: null });
      continue;
    }
    const { chain, fit } = fitting;
    chain.rhythm = fit.rhythm;
    if (fit.priceChange) chain.priceChange = { fromCents: last(chain).amountCents, toCents: payment.amountCents, since: payment.date };
    chain.payments.push(payment);
  }
  return chains;
}

interface Fit { rhythm: Rhythm; priceChange: boolean; distance: number }

function fitOf(chain: Chain, payment: Payment): Fit | null {
  const previous = last(chain);
  const change = percentChange(previous.amountCents, payment.amountCents);
  const similar = change <= AMOUNT_TOLERANCE_PERCENT;
  if (chain.rhythm === null) {
    if (!similar) return null;
    const gap = daysBetween(previous.date, payment.date);
    const rule = RHYTHM_RULES.find((r) => Math.abs(daysBetween(previous.date, stepFrom(previous.date, r.rhythm)) - gap) <= r.toleranceDays);
    return rule ? { rhythm: rule.rhythm, priceChange: false, distance: change } : null;
  }
  const expected = stepFrom(chain.payments[0].date, chain.rhythm, chain.payments.length);
  const offDays = Math.abs(daysBetween(expected, payment.date));
  if (offDays > ruleOf(chain.rhythm).toleranceDays) return null;
  const rise = payment.amountCents > previous.amountCents;
  const priceChange = !similar && rise && chain.priceChange === null && chain.payments.length >= 2 && change <= PRICE_CHANGE_MAX_PERCENT;
  if (!similar && !priceChange) return null;
  return { rhythm: chain.rhythm, priceChange, distance: offDays * 100 + change };
}

/**
 * The chain holds at least half of the merchant's payments over its span, and over the year up to its last
 * payment those no other series holds: three rides a month apart among a year of irregular ones are chance,
 * not a subscription; a bill whose amount moved into a series of its own (winter, summer) still is one.
 */
function holdsMost(chain: Chain, group: readonly Payment[], chains: readonly Chain[]): boolean {
  const first = chain.payments[0].date;
  const latest = last(chain).date;
  const inSpan = group.filter((p) => p.date >= first && p.date <= latest).length;
  if (chain.payments.length * 2 < inSpan) return false;
  const yearBefore = addMonths(latest, -12);
  const otherSeries = new Set(chains.filter((c) => c !== chain && isSeries(c)).flatMap((c) => c.payments));
  const yearOf = (payments: readonly Payment[]) => payments.filter((p) => p.date >= yearBefore && p.date <= latest).length;
  return yearOf(chain.payments) * 2 >= yearOf(group.filter((p) => !otherSeries.has(p)));
}

function isSeries(chain: Chain): boolean {
  return chain.rhythm !== null && chain.payments.length >= ruleOf(chain.rhythm).minPayments;
}

function toSeries(chain: Chain): RecurringSeries | null {
  if (!isSeries(chain) || chain.rhythm === null) return null;
  const latest = last(chain);
  return {
    merchant: latest.merchant,
    accountId: latest.accountId,
    rhythm: chain.rhythm,
    amountCents: latest.amountCents,
    monthlyCents: monthlyCents(latest.amountCents, chain.rhythm),
    firstDate: chain.payments[0].date,
    lastDate: latest.date,
    nextDate: stepFrom(chain.payments[0].date, chain.rhythm, chain.payments.length),
    paymentIds: chain.payments.map((p) => p.id),
    priceChange: chain.priceChange,
  };
}

function last(chain: Chain): Payment {
  return chain.payments[chain.payments.length - 1];
}

/** |to − from| as a percentage of from: a ratio to compare with the tolerances, never money. */
function percentChange(fromCents: number, toCents: number): number {
  return fromCents === 0 ? Infinity : (Math.abs(toCents - fromCents) * 100) / fromCents;
}

/** The series paid to one merchant, however the customer wrote its name ("netflix", "NETFLIX"). */
export function seriesAt(series: readonly RecurringSeries[], merchant: string): RecurringSeries[] {
  const wanted = foldText(merchant);
  return series.filter((s) => foldText(s.merchant) === wanted);
}
