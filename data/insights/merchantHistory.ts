/** The customer's earlier payments at one merchant, for judging whether a new one is unusual. */
import type { SqlClient } from '../sql/sqlClient';
import { sqlOf, type SqlSource } from '../sql/sqlSource';
import { localDate } from '../time';
import { HISTORY_MONTHS } from './customerSeries';
import type { TimedPayment } from './unusual';

interface Row { id: string; accountId: string; bookedAt: string; amountCents: number; merchant: string }

export class MerchantHistory {
  private readonly earlier;

  constructor(source: SqlSource, private readonly timeZone: string) {
    const sql = sqlOf(source);
    // Money out only, transfers between own accounts left out, as everywhere spending is read.
    this.earlier = sql.statement<Row>(`
      SELECT t.id, t.account_id AS "accountId", t.booked_at AS "bookedAt", -t.amount_cents AS "amountCents",
             coalesce(t.merchant, t.description) AS merchant
      FROM transactions t JOIN accounts a ON a.id = t.account_id
      WHERE a.customer_id = @customerId AND t.id <> @id AND t.amount_cents < 0 AND t.counterparty_account_id IS NULL
        AND coalesce(t.merchant, t.description) = @merchant COLLATE NOCASE
        AND t.booked_at >= @since AND t.booked_at <= @until
      ORDER BY t.booked_at`);
  }

  /** Payments before `bookedAt` (and within the same instant), over the detector's history window. */
  async before(customerId: string, merchant: string, id: string, bookedAt: string): Promise<TimedPayment[]> {
    const until = new Date(bookedAt);
    const since = new Date(until);
    since.setUTCMonth(since.getUTCMonth() - HISTORY_MONTHS);
    return (await this.earlier.all({ customerId, merchant, id, since: since.toISOString(), until: until.toISOString() }))
      .map((row) => ({ ...row, date: localDate(new Date(row.bookedAt), this.timeZone) }));
  }
}
