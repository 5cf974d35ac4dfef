import type { SqlClient } from '../sql/sqlClient';
import { sqlOf, type SqlSource } from '../sql/sqlSource';

/** A chat linked to the customer that can be reached (it has written to us) and what it opted into. */
export interface Recipient {
  channelId: string;
  userId: string;
  transactions: boolean;
  deliveries: boolean;
  /** Whether this chat asked to be warned of unusual payments. */
  unusual: boolean;
  /** This chat's alert threshold for the account in question, if any. */
  thresholdCents: number | null;
}

/** Settings are 0 and 1 on SQLite, booleans on PostgreSQL: read as truthiness. */
interface Row {
  channel_id: string; user_id: string; transactions: number | boolean | null; deliveries: number | boolean | null;
  unusual: number | boolean | null; threshold_cents: number | null;
}

/**
 * The customer's chats at the moment an event is accepted: a live link, a saved conversation
 * reference, and their settings (absent settings mean everything off).
 */
export class Recipients {
  private readonly statement;

  constructor(source: SqlSource) {
    const sql = sqlOf(source);
    this.statement = sql.statement<Row>(`
      SELECT r.channel_id, r.user_id, s.transactions, s.deliveries, s.unusual, t.threshold_cents
      FROM conversation_references r
      JOIN links l ON l.channel_id = r.channel_id AND l.user_id = r.user_id
      LEFT JOIN notification_settings s ON s.channel_id = r.channel_id AND s.user_id = r.user_id
      LEFT JOIN low_balance_thresholds t ON t.channel_id = r.channel_id AND t.user_id = r.user_id AND t.account_id = @accountId
      WHERE l.customer_id = @customerId AND l.expires_at > @now
      ORDER BY r.channel_id, r.user_id`);
  }

  async of(customerId: string, accountId: string | null, now: Date): Promise<Recipient[]> {
    return (await this.statement.all({ customerId, accountId, now: now.toISOString() })).map((row) => ({
      channelId: row.channel_id,
      userId: row.user_id,
      transactions: Boolean(row.transactions),
      deliveries: Boolean(row.deliveries),
      unusual: Boolean(row.unusual),
      thresholdCents: row.threshold_cents,
    }));
  }
}
