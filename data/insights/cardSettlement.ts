/**
 * A credit card settled monthly from the checking account (a deferred debit): on about the same day each
 * month the checking account pays the card's total. Those are transfers between the customer's own
 * accounts, so the recurring detector never sees them, and their amount is the card's spending, not a
 * price; the next one is expected for what the card owes now (the bank's own balance of it).
 */
import { foldText } from '../textFolding';
import { localDate } from '../time';
import type { TransactionStore } from '../transactionStore';
import type { Account } from '../types';
import { HISTORY_MONTHS } from './customerSeries';
import type { RecurringSeries } from './recurring';
import { addMonths, daysBetween, ruleOf, stepFrom } from './rhythm';
import type { ExpectedDebit } from './upcoming';

/** Two monthly settlements on about the same day make a habit, not a coincidence. */
export const MIN_SETTLEMENTS = 2;
const MAX_TRANSFERS = 2_000;

export interface Settlement {
  /** `YYYY-MM-DD` in the bank's zone. */
  date: string;
  cardAccountId: string;
}

/**
 * The card's next settlement, or null: the last `MIN_SETTLEMENTS` or more transfers to it each a month
 * after the one before (within the monthly tolerance), the next one not yet overdue past that tolerance,
 * and something owed on the card. A late one is expected today.
 */
export function nextSettlement(settlements: readonly Settlement[], card: Account, checking: Account, today: string): ExpectedDebit | null {
  const dates = settlements.filter((s) => s.cardAccountId === card.id).map((s) => s.date).sort();
  const tolerance = ruleOf('monthly').toleranceDays;
  let run = 1;
  for (let i = dates.length - 1; i > 0 && Math.abs(daysBetween(stepFrom(dates[i - 1], 'monthly'), dates[i])) <= tolerance; i--) run++;
  if (dates.length === 0 || run < MIN_SETTLEMENTS) return null;
  const expected = stepFrom(dates[dates.length - 1], 'monthly');
  const owedCents = -card.balanceCents;
  if (daysBetween(expected, today) > tolerance || owedCents <= 0) return null;
  return { merchant: card.name, accountId: checking.id, date: expected < today ? today : expected, amountCents: owedCents, settlesCard: card.name };
}

/** The checking account's transfers to the customer's credit cards over the history the series read. */
export async function settlementsOf(
  store: TransactionStore, customerId: string, checking: Account, cards: readonly Account[], today: string, timeZone: string,
): Promise<{ settlements: Settlement[]; descriptions: string[] }> {
  if (cards.length === 0) return { settlements: [], descriptions: [] };
  const cardIds = new Set(cards.map((c) => c.id));
  const { transactions } = await store.search(customerId, {
    accountIds: [checking.id], period: { start: addMonths(today, -HISTORY_MONTHS), end: today }, direction: 'out', limit: MAX_TRANSFERS, offset: 0,
  });
  const toCards = transactions.filter((t) => t.counterpartyAccountId !== null && cardIds.has(t.counterpartyAccountId));
  return {
    settlements: toCards.map((t) => ({ date: localDate(new Date(t.bookedAt), timeZone), cardAccountId: t.counterpartyAccountId as string })),
    descriptions: [...new Set(toCards.map((t) => t.merchant ?? t.description))],
  };
}

/** A settlement the detector found as a series too (a bank that does not mark it as an own transfer) is counted once. */
export function withoutSettlements(series: RecurringSeries[], descriptions: readonly string[], checking: Account | undefined): RecurringSeries[] {
  const settled = new Set(descriptions.map(foldText));
  return series.filter((s) => !(s.accountId === checking?.id && settled.has(foldText(s.merchant))));
}
