import type { Activity } from 'botbuilder';
import type { Account, Transaction, TransactionFilter, TransactionTotals } from '../../data/types';
import { dayOf, formatDay, formatRelativeDay, formatShortDay } from '../format/dates';
import { formatMoney } from '../format/money';
import { inMessages, withQuickReplies } from '../replies';
import type { DataRequest } from '../conversationMemory';
import type { DialogServices } from '../services';
import { textsFor } from '../texts';
import type { TurnInfo } from '../turnInfo';

/** Lines a page of transactions shows: ten fit a phone screen and stay far under 2,000 characters. */
export const PAGE_SIZE = 10;
/** The most lines one answer shows when a number is asked for ("mes 60 dernières opérations" shows 50). */
export const MAX_LISTED = 50;

/** How many lines a list shows: the number asked for, bounded, or a page; and whether it was cut to the bound. */
export function listSizeOf(entities: DataRequest['entities']): { size: number; capped: boolean } {
  const asked = entities.count?.[0];
  if (asked === undefined) return { size: PAGE_SIZE, capped: false };
  return { size: Math.min(Math.max(asked, 1), MAX_LISTED), capped: asked > MAX_LISTED };
}

/** What every answer needs: the customer, the accounts in scope, the filter and the question in words. */
export interface AnswerInput {
  services: Pick<DialogServices, 'transactions' | 'timeZone'>;
  info: TurnInfo;
  customerId: string;
  accounts: Account[];
  filter: TransactionFilter;
  scope: string;
  currency: string;
}

/** Categories of money in or moved between accounts: an empty list of them is no "nothing spent". */
const NOT_SPENDING: ReadonlySet<string> = new Set(['salary', 'transfer']);

export async function listAnswer(input: AnswerInput, request: DataRequest): Promise<Partial<Activity>[]> {
  const { services, info, customerId, filter } = input;
  const { offset } = request;
  const texts = textsFor(info.language);
  const { size, capped } = listSizeOf(request.entities);
  const page = await services.transactions.search(customerId, { ...filter, limit: size, offset });
  const scope = await scopeSayingLeftOut(input, filter);
  if (page.transactions.length === 0) {
    // Nothing in a spending category is said as the total says it ("Aucune dépense en restaurants"), whichever was asked.
    const none = filter.category && !NOT_SPENDING.has(filter.category) ? texts.nothingSpent(scope) : texts.noTransactions(scope);
    return [withQuickReplies(offset > 0 ? texts.noMore : none, nextSteps(info))];
  }
  const from = offset + 1;
  const to = offset + page.transactions.length;
  const intro = scope ? texts.listIntro(scope, from, to, page.total) : texts.latestIntro(from, to, page.total);
  const lines = page.transactions.map((t) => `• ${transactionLine(t, input)}`);
  const more = to < page.total ? [texts.moreQuick.showMore] : [];
  const heading = capped && offset === 0 ? [texts.listCapped(MAX_LISTED), intro] : [intro];
  return inMessages([...heading, ...lines], [...more, ...nextSteps(info)]);
}

export async function totalAnswer(input: AnswerInput): Promise<Partial<Activity>> {
  const { services, info, customerId, filter, scope, currency } = input;
  const texts = textsFor(info.language);
  const totals = await services.transactions.totals(customerId, filter);
  const amount = formatMoney(totals.totalCents, currency, info.language);
  const text = totals.count === 0
    ? texts.nothingSpent(scope)
    : texts.spentTotal(scope, amount, totals.count, totalDetails(totals, currency, info));
  return withQuickReplies(text, nextSteps(info));
}

/** ", dont 23,65 € en attente (hors virements entre vos comptes)": what a total holds and leaves out. */
export function totalDetails(totals: TransactionTotals, currency: string, info: TurnInfo): string {
  const words = textsFor(info.language).totalDetails;
  const pending = totals.pendingCents !== 0 ? words.pending(formatMoney(totals.pendingCents, currency, info.language)) : '';
  return pending + (totals.ownTransfersLeftOut > 0 ? words.ownTransfersLeftOut : '');
}

export async function biggestAnswer(input: AnswerInput): Promise<Partial<Activity>> {
  const { services, info, customerId, filter, currency } = input;
  const texts = textsFor(info.language);
  const biggest = await services.transactions.biggestExpense(customerId, filter);
  // Said only when a transfer between own accounts larger than the answer was passed over.
  const larger = biggest ? Math.max(filter.minCents ?? 0, -biggest.amountCents + 1) : filter.minCents;
  const scope = await scopeSayingLeftOut(input, { ...filter, minCents: larger, minExclusive: larger === filter.minCents && filter.minExclusive, direction: 'out', excludeOwnTransfers: true });
  if (!biggest) return withQuickReplies(texts.noExpense(scope), nextSteps(info));
  const day = formatDay(dayOf(biggest.bookedAt, services.timeZone), info.language, services.timeZone, info.now);
  const amount = formatMoney(-biggest.amountCents, currency, info.language);
  return withQuickReplies(texts.biggestExpense(scope, nameOf(biggest), amount, day), nextSteps(info));
}

/** "Has my salary come in?": the newest money in during the period, or the last one before it. */
export async function incomeAnswer(input: AnswerInput): Promise<Partial<Activity>> {
  const { info, scope, currency, services } = input;
  const texts = textsFor(info.language);
  const found = await latestIn(input, true);
  if (found) {
    const day = dayOf(found.bookedAt, services.timeZone);
    const account = input.accounts.find((a) => a.id === found.accountId)?.name ?? '';
    const arrived = info.result.entities.askedWhen?.length ? texts.incomeArrivedOn : texts.incomeArrived;
    return withQuickReplies(arrived(formatMoney(found.amountCents, currency, info.language), nameOf(found),
      formatDay(day, info.language, services.timeZone, info.now), formatRelativeDay(day, info.language, services.timeZone, info.now),
      account), nextSteps(info));
  }
  const last = await latestIn(input, false);
  const lines = [texts.incomeNotYet(scope)];
  if (last) {
    lines.push(texts.incomeLast(formatMoney(last.amountCents, currency, info.language), nameOf(last),
      formatDay(dayOf(last.bookedAt, services.timeZone), info.language, services.timeZone, info.now)));
  }
  return withQuickReplies(lines.join(' '), nextSteps(info));
}

/**
 * The scope, plus "hors virements entre vos comptes" when such transfers matched and were left out: "my
 * spending over €100" or "my biggest expense" must not look as if the transfer to savings was forgotten.
 */
async function scopeSayingLeftOut(input: AnswerInput, filter: TransactionFilter): Promise<string> {
  const { services, customerId, info } = input;
  const leftOut = filter.excludeOwnTransfers && (await services.transactions.totals(customerId, filter)).ownTransfersLeftOut > 0;
  return leftOut ? [input.scope, textsFor(info.language).scope.withoutOwnTransfers].filter(Boolean).join(', ') : input.scope;
}

/** Money in that is not a transfer between own accounts, of the category named if any ("remboursement"). */
async function latestIn(input: AnswerInput, withinPeriod: boolean): Promise<Transaction | null> {
  const { services, customerId, filter } = input;
  const period = withinPeriod ? filter.period : undefined;
  const [found] = await services.transactions.latestIncome(customerId, { accountIds: filter.accountIds, category: filter.category, since: period?.start });
  return found && (!period || dayOf(found.bookedAt, services.timeZone) <= period.end) ? found : null;
}

function transactionLine(t: Transaction, input: AnswerInput): string {
  const { info, currency, services } = input;
  const pending = t.status === 'pending' ? ` (${textsFor(info.language).pending})` : '';
  const amount = formatMoney(t.amountCents, currency, info.language, true);
  return `${formatShortDay(t.bookedAt, info.language, services.timeZone, info.now)} · ${nameOf(t)} · ${amount}${pending}`;
}

export function nameOf(t: Transaction): string {
  return t.merchant ?? t.description;
}

export function nextSteps(info: TurnInfo): string[] {
  const q = textsFor(info.language).quick;
  return [q.balance, q.receipts, q.deliveries];
}
