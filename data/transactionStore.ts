/**
 * Banking verbs over transactions. Money moved between the customer's own accounts (a transaction with a
 * `counterpartyAccountId`) is neither spending nor income: the verbs about spending and income leave it
 * out, and a filter may ask the same of a list (`excludeOwnTransfers`).
 */
import type { Db } from './database';
import { endOfDayInstant, startOfDayInstant } from './time';
import { COLUMNS, COUNTED_CENTS, MATCHING, NEWEST_FIRST, filterParams, type FilterParams } from './transactionMatching';
import type {
  PayerTotal, StoreOptions, Transaction, TransactionFilter, TransactionPage, TransactionQuery, TransactionTotals,
} from './types';

export class TransactionStore {
  private readonly page;
  private readonly count;
  private readonly sums;
  private readonly biggest;
  private readonly byPayer;
  private readonly balanceAfter;
  private readonly merchants;
  private readonly categories;

  constructor(db: Db, private readonly options: StoreOptions) {
    this.page = db.prepare<FilterParams, Transaction>(
      `SELECT ${COLUMNS} ${MATCHING} ${NEWEST_FIRST} LIMIT @limit OFFSET @offset`);
    this.count = db.prepare<FilterParams, { count: number }>(`SELECT count(*) AS count ${MATCHING}`);
    this.sums = db.prepare<FilterParams, Omit<TransactionTotals, 'ownTransfersLeftOut'>>(
      `SELECT coalesce(sum(${COUNTED_CENTS}), 0) AS totalCents, count(*) AS count,
        coalesce(sum(CASE WHEN t.status = 'pending' THEN ${COUNTED_CENTS} ELSE 0 END), 0) AS pendingCents ${MATCHING}`);
    this.biggest = db.prepare<FilterParams, Transaction>(
      `SELECT ${COLUMNS} ${MATCHING} ORDER BY t.amount_cents ASC, t.booked_at DESC LIMIT 1`);
    this.byPayer = db.prepare<FilterParams, PayerTotal>(
      `SELECT coalesce(t.merchant, t.description) AS payer, sum(t.amount_cents) AS totalCents, count(*) AS count
       ${MATCHING} GROUP BY payer ORDER BY totalCents DESC, payer`);
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
   * already spent), with the pending part apart. For direction `out` the total is the positive amount
   * spent; otherwise it is the signed sum (money in for `in`, the net change with no direction). When
   * own transfers are excluded, says how many of them matched, so that the answer can say so.
   */
  totals(customerId: string, filter: TransactionFilter): TransactionTotals {
    const params = this.params(customerId, filter);
    const sums = this.sums.get(params) ?? { totalCents: 0, count: 0, pendingCents: 0 };
    return { ...sums, ownTransfersLeftOut: filter.excludeOwnTransfers ? this.ownTransfersMatching(params) : 0 };
  }

  /** The largest money-out transaction matching the filter; a transfer between own accounts is no expense. */
  biggestExpense(customerId: string, filter: TransactionFilter): Transaction | null {
    return this.biggest.get(this.params(customerId, { ...filter, direction: 'out', excludeOwnTransfers: true })) ?? null;
  }

  /** Money in over the filter by payer, largest first, transfers between own accounts left out. */
  incomeByPayer(customerId: string, filter: TransactionFilter): PayerTotal[] {
    return this.byPayer.all(this.params(customerId, { ...filter, direction: 'in', excludeOwnTransfers: true }));
  }

  /** The newest money-in transactions that are not transfers between own accounts, since a date if given. */
  latestIncome(customerId: string, filter: { accountIds?: string[]; since?: string; category?: string }, limit = 1): Transaction[] {
    const params = this.params(customerId, { ...filter, direction: 'in', excludeOwnTransfers: true });
    if (filter.since) params.start = startOfDayInstant(filter.since, this.options.timeZone);
    return this.page.all({ ...params, limit, offset: 0 });
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

  private ownTransfersMatching(params: FilterParams): number {
    const countOf = (p: FilterParams) => this.count.get(p)?.count ?? 0;
    return countOf({ ...params, excludeOwn: 0 }) - countOf(params);
  }

  private params(customerId: string, filter: TransactionFilter): FilterParams {
    return filterParams(customerId, filter, this.options.timeZone);
  }
}
