/**
 * Banking verbs over transactions. Every statement joins `accounts` and filters on the customer,
 * so a transaction or account of another customer is indistinguishable from one that does not exist.
 */
import type { Db } from './database';
import { dayRangeToInstants, endOfDayInstant, startOfDayInstant } from './time';
import type {
  StoreOptions, Transaction, TransactionFilter, TransactionPage, TransactionQuery, TransactionTotals,
} from './types';

const COLUMNS = `t.id, t.account_id AS accountId, t.booked_at AS bookedAt, t.amount_cents AS amountCents,
  t.description, t.merchant, t.category, t.status`;

/** One static clause for every optional criterion: a null parameter switches its criterion off. */
const MATCHING = `
  FROM transactions t JOIN accounts a ON a.id = t.account_id
  WHERE a.customer_id = @customerId
    AND (@accountIds IS NULL OR t.account_id IN (SELECT value FROM json_each(@accountIds)))
    AND (@start IS NULL OR t.booked_at >= @start)
    AND (@end IS NULL OR t.booked_at < @end)
    AND (@merchant IS NULL OR t.merchant = @merchant COLLATE NOCASE)
    AND (@category IS NULL OR t.category = @category COLLATE NOCASE)
    AND (@minCents IS NULL OR abs(t.amount_cents) >= @minCents)
    AND (@maxCents IS NULL OR abs(t.amount_cents) <= @maxCents)
    AND (@direction IS NULL OR (@direction = 'in' AND t.amount_cents > 0) OR (@direction = 'out' AND t.amount_cents < 0))
    AND (@status IS NULL OR t.status = @status)`;

const NEWEST_FIRST = 'ORDER BY t.booked_at DESC, t.id DESC';

type FilterParams = Record<string, string | number | null>;

export class TransactionStore {
  private readonly page;
  private readonly count;
  private readonly sums;
  private readonly biggest;
  private readonly latestIn;
  private readonly balanceAfter;
  private readonly merchants;
  private readonly categories;

  constructor(db: Db, private readonly options: StoreOptions) {
    this.page = db.prepare<FilterParams, Transaction>(
      `SELECT ${COLUMNS} ${MATCHING} ${NEWEST_FIRST} LIMIT @limit OFFSET @offset`);
    this.count = db.prepare<FilterParams, { count: number }>(`SELECT count(*) AS count ${MATCHING}`);
    this.sums = db.prepare<FilterParams, TransactionTotals>(
      `SELECT coalesce(sum(CASE WHEN @direction = 'out' THEN -t.amount_cents ELSE t.amount_cents END), 0) AS totalCents,
        count(*) AS count ${MATCHING}`);
    this.biggest = db.prepare<FilterParams, Transaction>(
      `SELECT ${COLUMNS} ${MATCHING} ORDER BY t.amount_cents ASC, t.booked_at DESC LIMIT 1`);
    // Money moved between the customer's own accounts is not income.
    this.latestIn = db.prepare<FilterParams, Transaction>(
      `SELECT ${COLUMNS} ${MATCHING} AND (t.category IS NULL OR t.category <> 'transfer') ${NEWEST_FIRST} LIMIT 1`);
    this.balanceAfter = db.prepare<{ customerId: string; accountId: string; after: string }, { balanceCents: number }>(`
      SELECT a.balance_cents - coalesce((
        SELECT sum(t.amount_cents) FROM transactions t
        WHERE t.account_id = a.id AND t.status = 'booked' AND t.booked_at >= @after), 0) AS balanceCents
      FROM accounts a WHERE a.id = @accountId AND a.customer_id = @customerId`);
    this.merchants = db.prepare<{ customerId: string }, { value: string }>(`
      SELECT DISTINCT t.merchant AS value FROM transactions t JOIN accounts a ON a.id = t.account_id
      WHERE a.customer_id = @customerId AND t.merchant IS NOT NULL ORDER BY t.merchant`);
    this.categories = db.prepare<{ customerId: string }, { value: string }>(`
      SELECT DISTINCT t.category AS value FROM transactions t JOIN accounts a ON a.id = t.account_id
      WHERE a.customer_id = @customerId AND t.category IS NOT NULL ORDER BY t.category`);
  }

  /** A page of the customer's matching transactions, newest first, pending ones included. */
  search(customerId: string, query: TransactionQuery): TransactionPage {
    const params = this.params(customerId, query);
    return {
      transactions: this.page.all({ ...params, limit: query.limit, offset: query.offset }),
      total: this.count.get(params)?.count ?? 0,
    };
  }

  /**
   * Sum and count of the matching transactions, pending included (they are money the customer has
   * already spent). For direction `out` the total is the positive amount spent; otherwise it is the
   * signed sum (money in for `in`, the net change with no direction).
   */
  totals(customerId: string, filter: TransactionFilter): TransactionTotals {
    return this.sums.get(this.params(customerId, filter)) ?? { totalCents: 0, count: 0 };
  }

  /** The largest money-out transaction matching the filter (its direction is forced to `out`). */
  biggestExpense(customerId: string, filter: TransactionFilter): Transaction | null {
    return this.biggest.get(this.params(customerId, { ...filter, direction: 'out' })) ?? null;
  }

  /** The newest money-in transaction that is not a transfer between own accounts, since a date if given. */
  latestIncome(customerId: string, filter: { accountIds?: string[]; since?: string }): Transaction | null {
    const params = this.params(customerId, { accountIds: filter.accountIds, direction: 'in' });
    if (filter.since) params.start = startOfDayInstant(filter.since, this.options.timeZone);
    return this.latestIn.get(params) ?? null;
  }

  /**
   * The balance at the end of `date` in the bank's zone: the current balance minus the booked
   * transactions after that day. Pending transactions are left out, as they are not in the current
   * (booked) balance either. Null when the account is not this customer's.
   */
  balanceAt(customerId: string, accountId: string, date: string): number | null {
    const after = endOfDayInstant(date, this.options.timeZone);
    return this.balanceAfter.get({ customerId, accountId, after })?.balanceCents ?? null;
  }

  /** Distinct merchant names in the customer's transactions, for the recognizer's vocabulary. */
  merchantsOf(customerId: string): string[] {
    return this.merchants.all({ customerId }).map((row) => row.value);
  }

  /** Distinct categories in the customer's transactions, for the recognizer's vocabulary. */
  categoriesOf(customerId: string): string[] {
    return this.categories.all({ customerId }).map((row) => row.value);
  }

  private params(customerId: string, filter: TransactionFilter): FilterParams {
    const range = filter.period ? dayRangeToInstants(filter.period.start, filter.period.end, this.options.timeZone) : null;
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
    };
  }
}
