/**
 * The one WHERE clause every transaction verb shares, and its parameters. Every statement joins
 * `accounts` and filters on the customer, so a transaction or account of another customer is
 * indistinguishable from one that does not exist.
 */
import { dayRangeToInstants } from './time';
import type { SqlDialect } from './sql/sqlClient';
import type { TransactionFilter } from './types';

export const COLUMNS = `t.id, t.account_id AS "accountId", t.booked_at AS "bookedAt", t.amount_cents AS "amountCents",
  t.description, t.merchant, t.category, t.status, t.counterparty_account_id AS "counterpartyAccountId"`;

/**
 * One static clause for every optional criterion: a null parameter switches its criterion off.
 * (PostgreSQL takes each parameter's type from the comparison that follows its `IS NULL`.)
 */
export function matching(dialect: SqlDialect): string {
  return `
  FROM transactions t JOIN accounts a ON a.id = t.account_id
  WHERE a.customer_id = @customerId
    AND (@accountIds IS NULL OR t.account_id IN ${dialect.jsonList('accountIds')})
    AND (@start IS NULL OR t.booked_at >= @start)
    AND (@end IS NULL OR t.booked_at < @end)
    AND (@merchant IS NULL OR t.merchant = @merchant COLLATE NOCASE)
    AND (@category IS NULL OR t.category = @category COLLATE NOCASE)
    AND (@minCents IS NULL OR abs(t.amount_cents) >= @minCents)
    AND (@maxCents IS NULL OR abs(t.amount_cents) <= @maxCents)
    AND (@direction IS NULL OR (@direction = 'in' AND t.amount_cents > 0) OR (@direction = 'out' AND t.amount_cents < 0))
    AND (@status IS NULL OR t.status = @status)
    AND (@excludeOwn = 0 OR t.counterparty_account_id IS NULL)`;
}

export const NEWEST_FIRST = 'ORDER BY t.booked_at DESC, t.id DESC';

/** A matching transaction's amount as a total counts it: money spent is positive for direction `out`. */
export const COUNTED_CENTS = "CASE WHEN @direction = 'out' THEN -t.amount_cents ELSE t.amount_cents END";

export type FilterParams = Record<string, string | number | null>;

export function filterParams(customerId: string, filter: TransactionFilter, timeZone: string): FilterParams {
  const range = filter.period ? dayRangeToInstants(filter.period.start, filter.period.end, timeZone) : null;
  return {
    customerId,
    accountIds: filter.accountIds ? JSON.stringify(filter.accountIds) : null,
    start: range?.start ?? null,
    end: range?.end ?? null,
    merchant: filter.merchant ?? null,
    category: filter.category ?? null,
    minCents: filter.minCents ?? null,
    maxCents: filter.maxCents ?? null,
    direction: filter.direction ?? null,
    status: filter.status ?? null,
    excludeOwn: filter.excludeOwnTransfers ? 1 : 0,
  };
}
