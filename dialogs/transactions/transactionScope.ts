import type { RecognizedEntities } from '../recognized';
import type { Account, DateRange, TransactionFilter } from '../../data/types';
import { localDate } from '../../data/time';
import { formatPeriod } from '../format/dates';
import { formatMoney } from '../format/money';
import type { TurnInfo } from '../turnInfo';
import { textsFor } from '../texts';
import { listed } from './listed';

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
  const amounts = entities.amount ?? [];
  const amount = amounts[0];
  const lower = amounts.find((a) => a.comparison === 'gt' || a.comparison === 'gte' || a.comparison === 'eq');
  const upper = amounts.find((a) => a.comparison === 'lt' || a.comparison === 'lte' || a.comparison === 'eq');
  const filter: TransactionFilter = {
    accountIds: accounts.map((a) => a.id),
    period,
    merchant: entities.merchant?.[0],
    category: entities.category?.[0],
    notMerchant: entities.notMerchant?.[0],
    notCategory: entities.notCategory?.[0],
    minCents: lower?.cents,
    maxCents: upper?.cents,
    minExclusive: lower?.comparison === 'gt' || undefined,
    maxExclusive: upper?.comparison === 'lt' || undefined,
    direction: entities.direction?.[0],
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
  if (filter.merchantsAnyOf) parts.push(scope.at(listed(filter.merchantsAnyOf, scope.and)));
  if (filter.category) parts.push(scope.inCategory(categories[filter.category] ?? filter.category));
  if (filter.notMerchant) parts.push(scope.notAt(filter.notMerchant));
  if (filter.notCategory) parts.push(scope.notInCategory(categories[filter.notCategory] ?? filter.notCategory));
  if (accountName) parts.push(scope.onAccount(accountName));
  const amountWords = amountScope(filter, (cents) => formatMoney(cents, currency, info.language), scope);
  if (amountWords) parts.push(amountWords);
  if (filter.period) parts.push(formatPeriod(filter.period, info.language, timeZone, info.now));
  return parts.join(', ');
}

type ScopeTexts = ReturnType<typeof textsFor>['scope'];

/** The amount bounds in words: "over €50.00" (50.00 left out), "at least", "between €20.00 and €30.00", "of €13.49". */
function amountScope(filter: TransactionFilter, money: (cents: number) => string, scope: ScopeTexts): string | undefined {
  const { minCents: min, maxCents: max } = filter;
  if (min !== undefined && min === max) return scope.exactly(money(min));
  if (min !== undefined && max !== undefined) {
    if (!filter.minExclusive && !filter.maxExclusive) return scope.between(money(min), money(max));
    return `${amountScope({ minCents: min, minExclusive: filter.minExclusive }, money, scope)} ${scope.and} ${amountScope({ maxCents: max, maxExclusive: filter.maxExclusive }, money, scope)}`;
  }
  if (min !== undefined) return filter.minExclusive ? scope.over(money(min)) : scope.atLeast(money(min));
  if (max !== undefined) return filter.maxExclusive ? scope.under(money(max)) : scope.atMost(money(max));
  return undefined;
}
