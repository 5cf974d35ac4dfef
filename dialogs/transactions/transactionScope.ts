import type { RecognizedEntities } from '../recognized';
import type { Account, DateRange, TransactionFilter } from '../../data/types';
import { localDate } from '../../data/time';
import { weekendDayCount } from '../../data/weekendDays';
import { formatPeriod } from '../format/dates';
import { formatMoney } from '../format/money';
import type { TurnInfo } from '../turnInfo';
import { textsFor } from '../texts';

/** Days into a month during which "this month" says too little to be the period of an unnamed question. */
const EARLY_DAYS = 7;

/**
 * The period of a total, an income or a biggest expense asked without one, in the bank's zone: this month
 * so far, or, in its first week, since the first of the previous month (on 1 December "how much did I
 * spend at Fnac?" is about the last weeks, not about today). The answer always says the period.
 */
export function unnamedPeriod(now: Date, timeZone: string): DateRange {
  const today = localDate(now, timeZone);
  const [year, month, day] = today.split('-').map(Number);
  if (day > EARLY_DAYS) return { start: `${today.slice(0, 8)}01`, end: today };
  const previous = month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 };
  return { start: `${previous.year}-${String(previous.month).padStart(2, '0')}-01`, end: today };
}

/**
 * The store filter a request describes, over the accounts chosen. Money moved between the customer's
 * own accounts is neither spending nor income: it is left out of every total, and of lists that ask
 * for money in, money out or an amount, unless the question is about transfers themselves.
 */
export function filterOf(entities: RecognizedEntities, accounts: Account[], period: DateRange | undefined, listOnly: boolean): TransactionFilter {
  const amount = entities.amount?.[0];
  const filter: TransactionFilter = {
    accountIds: accounts.map((a) => a.id),
    period,
    merchant: entities.merchant?.[0],
    category: entities.category?.[0],
    notMerchant: entities.notMerchant?.[0],
    notCategory: entities.notCategory?.[0],
    minCents: amount && amount.comparison !== 'lt' ? amount.cents : undefined,
    maxCents: amount && amount.comparison !== 'gt' ? amount.cents : undefined,
    direction: entities.direction?.[0],
    days: entities.dayKind?.[0],
  };
  // "j'ai reçu des virements ?", "any transfers in?": money others sent, a salary included (it is a transfer
  // from the employer), never money moved from the customer's own accounts, like every income figure.
  if (filter.category === 'transfer' && filter.direction === 'in') {
    filter.category = undefined;
    filter.excludeOwnTransfers = true;
    return filter;
  }
  const aboutMoneyMade = !listOnly || filter.direction !== undefined || amount !== undefined;
  filter.excludeOwnTransfers = aboutMoneyMade && filter.category !== 'transfer';
  return filter;
}

/**
 * The question as understood, in words: "chez Carrefour, du 1er au 31 octobre" / "at Carrefour, from 1
 * to 31 October". Every answer repeats it, so that a misunderstanding shows at once.
 */
export function scopeWords(filter: TransactionFilter, accountName: string | undefined, info: TurnInfo, timeZone: string, currency: string): string {
  const { scope, categories } = textsFor(info.language);
  const parts: string[] = [];
  if (filter.merchant) parts.push(scope.at(filter.merchant));
  if (filter.category) parts.push(scope.inCategory(categories[filter.category] ?? filter.category));
  if (filter.notMerchant) parts.push(scope.notAt(filter.notMerchant));
  if (filter.notCategory) parts.push(scope.notInCategory(categories[filter.notCategory] ?? filter.notCategory));
  if (accountName) parts.push(scope.onAccount(accountName));
  if (filter.minCents !== undefined && filter.minCents === filter.maxCents) parts.push(scope.exactly(formatMoney(filter.minCents, currency, info.language)));
  else if (filter.minCents !== undefined) parts.push(scope.over(formatMoney(filter.minCents, currency, info.language)));
  if (filter.maxCents !== undefined && filter.minCents !== filter.maxCents) parts.push(scope.under(formatMoney(filter.maxCents, currency, info.language)));
  if (filter.period && filter.days === 'weekend') {
    parts.push(scope.onWeekends(formatPeriod(filter.period, info.language, timeZone, info.now), weekendDayCount(filter.period)));
  } else if (filter.period) parts.push(formatPeriod(filter.period, info.language, timeZone, info.now));
  return parts.join(', ');
}
