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
 * Each criterion comes before its `@x IS NULL`: PostgreSQL takes a parameter's type from where it first
 * reads it, and `IS NULL` alone would leave it unknown.
 */
export function matching(dialect: SqlDialect): string {
  return `
  FROM transactions t JOIN accounts a ON a.id = t.account_id
  WHERE a.customer_id = @customerId
    AND (t.account_id IN ${dialect.jsonList('accountIds')} OR @accountIds IS NULL)
    AND (t.booked_at >= @start OR @start IS NULL)
    AND (t.booked_at < @end OR @end IS NULL)
    AND (t.merchant = @merchant COLLATE NOCASE OR @merchant IS NULL)
    AND (t.category = @category COLLATE NOCASE OR @category IS NULL)
    AND (t.merchant IN ${dialect.jsonList('merchantsAnyOf')} OR @merchantsAnyOf IS NULL)
    AND (coalesce(t.merchant, '') <> @notMerchant COLLATE NOCASE OR @notMerchant IS NULL)
    AND (coalesce(t.category, '') <> @notCategory COLLATE NOCASE OR @notCategory IS NULL)
    AND (abs(t.amount_cents) >= @minCents OR @minCents IS NULL)
    AND (abs(t.amount_cents) <= @maxCents OR @maxCents IS NULL)
    AND ((@direction = 'in' AND t.amount_cents > 0) OR (@direction = 'out' AND t.amount_cents < 0) OR @direction IS NULL)
    AND (t.status = @status OR @status IS NULL)
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
    merchantsAnyOf: filter.merchantsAnyOf ? JSON.stringify(filter.merchantsAnyOf) : null,
    notMerchant: filter.notMerchant ?? null,
    notCategory: filter.notCategory ?? null,
    // Amounts are whole cents, so "more than 50.00" is "at least 50.01".
    minCents: filter.minCents === undefined ? null : filter.minCents + (filter.minExclusive ? 1 : 0),
    maxCents: filter.maxCents === undefined ? null : filter.maxCents - (filter.maxExclusive ? 1 : 0),
    direction: filter.direction ?? null,
    status: filter.status ?? null,
    excludeOwn: filter.excludeOwnTransfers ? 1 : 0,
  };
}
