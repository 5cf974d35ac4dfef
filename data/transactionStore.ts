/**
 * Banking verbs over transactions. Money moved between the customer's own accounts (a transaction with a
 * `counterpartyAccountId`) is neither spending nor income: the verbs about spending and income leave it
 * out, and a filter may ask the same of a list (`excludeOwnTransfers`).
 */
import type { SqlClient } from './sql/sqlClient';
import { sqlOf, type SqlSource } from './sql/sqlSource';
import { endOfDayInstant, startOfDayInstant } from './time';
import { COLUMNS, COUNTED_CENTS, NEWEST_FIRST, filterParams, matching, type FilterParams } from './transactionMatching';
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
  private readonly first;

  constructor(source: SqlSource, private readonly options: StoreOptions) {
    const sql = sqlOf(source);
    const MATCHING = matching(sql.dialect);
    this.page = sql.statement<Transaction>(
      `SELECT ${COLUMNS} ${MATCHING} ${NEWEST_FIRST} LIMIT @limit OFFSET @offset`);
    this.count = sql.statement<{ count: number }>(`SELECT count(*) AS count ${MATCHING}`);
    this.sums = sql.statement<Omit<TransactionTotals, 'ownTransfersLeftOut'>>(
      `SELECT coalesce(sum(${COUNTED_CENTS}), 0) AS "totalCents", count(*) AS count,
        coalesce(sum(CASE WHEN t.status = 'pending' THEN ${COUNTED_CENTS} ELSE 0 END), 0) AS "pendingCents" ${MATCHING}`);
    this.biggest = sql.statement<Transaction>(
      `SELECT ${COLUMNS} ${MATCHING} ORDER BY t.amount_cents ASC, t.booked_at DESC LIMIT 1`);
    this.byPayer = sql.statement<PayerTotal>(
      `SELECT coalesce(t.merchant, t.description) AS payer, sum(t.amount_cents) AS "totalCents", count(*) AS count
       ${MATCHING} GROUP BY coalesce(t.merchant, t.description) ORDER BY "totalCents" DESC, payer`);
    this.balanceAfter = sql.statement<{ balanceCents: number }>(`
      SELECT a.balance_cents - coalesce((
        SELECT sum(t.amount_cents) FROM transactions t
        WHERE t.account_id = a.id AND t.status = 'booked' AND t.booked_at >= @after), 0) AS "balanceCents"
      FROM accounts a WHERE a.id = @accountId AND a.customer_id = @customerId`);
    this.merchants = sql.statement<{ value: string }>(`
      SELECT DISTINCT t.merchant AS value FROM transactions t JOIN accounts a ON a.id = t.account_id
      WHERE a.customer_id = @customerId AND t.merchant IS NOT NULL ORDER BY t.merchant`);
    this.categories = sql.statement<{ value: string }>(`
      SELECT DISTINCT t.category AS value FROM transactions t JOIN accounts a ON a.id = t.account_id
      WHERE a.customer_id = @customerId AND t.category IS NOT NULL ORDER BY t.category`);
    this.first = sql.statement<{ first: string | null }>(`
      SELECT min(t.booked_at) AS "first" FROM transactions t JOIN accounts a ON a.id = t.account_id
      WHERE a.customer_id = @customerId`);
  }

  /** A page of the customer's matching transactions, newest first, pending ones included. */
  async search(customerId: string, query: TransactionQuery): Promise<TransactionPage> {
    const params = this.params(customerId, query);
    const [transactions, count] = await Promise.all([
      this.page.all({ ...params, limit: query.limit, offset: query.offset }), this.count.get(params),
    ]);
    return { transactions, total: count?.count ?? 0 };
  }

  /**
   * Sum and count of the matching transactions, pending included (they are money the customer has
   * already spent), with the pending part apart. For direction `out` the total is the positive amount
   * spent; otherwise it is the signed sum (money in for `in`, the net change with no direction). When
   * own transfers are excluded, says how many of them matched, so that the answer can say so.
   */
  async totals(customerId: string, filter: TransactionFilter): Promise<TransactionTotals> {
    const params = this.params(customerId, filter);
    const [sums, ownTransfersLeftOut] = await Promise.all([
      this.sums.get(params), filter.excludeOwnTransfers ? this.ownTransfersMatching(params) : 0,
    ]);
    return { ...(sums ?? { totalCents: 0, count: 0, pendingCents: 0 }), ownTransfersLeftOut };
  }

  /** The largest money-out transaction matching the filter; a transfer between own accounts is no expense. */
  async biggestExpense(customerId: string, filter: TransactionFilter): Promise<Transaction | null> {
    return (await this.biggest.get(this.params(customerId, { ...filter, direction: 'out', excludeOwnTransfers: true }))) ?? null;
  }

  /** Money in over the filter by payer, largest first, transfers between own accounts left out. */
  incomeByPayer(customerId: string, filter: TransactionFilter): Promise<PayerTotal[]> {
    return this.byPayer.all(this.params(customerId, { ...filter, direction: 'in', excludeOwnTransfers: true }));
  }

  /** The newest money-in transactions that are not transfers between own accounts, since a date if given. */
  latestIncome(customerId: string, filter: { accountIds?: string[]; since?: string; category?: string }, limit = 1): Promise<Transaction[]> {
    const params = this.params(customerId, { ...filter, direction: 'in', excludeOwnTransfers: true });
    if (filter.since) params.start = startOfDayInstant(filter.since, this.options.timeZone);
    return this.page.all({ ...params, limit, offset: 0 });
  }

  /**
   * The balance at the end of `date` in the bank's zone: the current balance minus the booked
   * transactions after that day. Pending transactions are left out, as they are not in the current
   * (booked) balance either. Null when the account is not this customer's.
   */
  async balanceAt(customerId: string, accountId: string, date: string): Promise<number | null> {
    const after = endOfDayInstant(date, this.options.timeZone);
    return (await this.balanceAfter.get({ customerId, accountId, after }))?.balanceCents ?? null;
  }

  /**
   * The instant of the customer's first recorded movement, on any account, null with none: the bank's
   * records start there, so a month before it is no month with nothing spent (a card unused in a month is).
   */
  async firstBookedAt(customerId: string): Promise<string | null> {
    return (await this.first.get({ customerId }))?.first ?? null;
  }

  /** Distinct merchant names in the customer's transactions, for the recognizer's vocabulary. */
  async merchantsOf(customerId: string): Promise<string[]> {
    return (await this.merchants.all({ customerId })).map((row) => row.value);
  }

  /** Distinct categories in the customer's transactions, for the recognizer's vocabulary. */
  async categoriesOf(customerId: string): Promise<string[]> {
    return (await this.categories.all({ customerId })).map((row) => row.value);
  }

  private async ownTransfersMatching(params: FilterParams): Promise<number> {
    const countOf = async (p: FilterParams) => (await this.count.get(p))?.count ?? 0;
    const [all, kept] = await Promise.all([countOf({ ...params, excludeOwn: 0 }), countOf(params)]);
    return all - kept;
  }

  private params(customerId: string, filter: TransactionFilter): FilterParams {
    return filterParams(customerId, filter, this.options.timeZone);
  }
}
