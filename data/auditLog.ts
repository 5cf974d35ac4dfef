import type { SqlClient } from './sql/sqlClient';
import { sqlOf, type SqlSource } from './sql/sqlSource';

export interface AuditEntry {
  at: string;
  channelId: string;
  userId: string;
  customerId: string;
  intent: string;
  accountIds: string[];
}

/** Append-only record of every data access (the table refuses UPDATE and DELETE). */
export class AuditLog {
  private readonly insert;
  private readonly ofCustomer;

  constructor(source: SqlSource) {
    const sql = sqlOf(source);
    this.insert = sql.statement(
      `INSERT INTO audit_log (at, channel_id, user_id, customer_id, intent, account_ids)
       VALUES (@at, @channelId, @userId, @customerId, @intent, @accountIds)`,
    );
    this.ofCustomer = sql.statement<{
      at: string; channel_id: string; user_id: string; customer_id: string; intent: string; account_ids: string;
    }>(
      `SELECT at, channel_id, user_id, customer_id, intent, account_ids FROM audit_log
       WHERE customer_id = @customerId ORDER BY at DESC, id DESC LIMIT @limit`,
    );
  }

  async record(entry: AuditEntry): Promise<void> {
    await this.insert.run({ ...entry, accountIds: JSON.stringify(entry.accountIds) });
  }

  /** Newest first. */
  async entries(customerId: string, limit = 1000): Promise<AuditEntry[]> {
    const rows = await this.ofCustomer.all({ customerId, limit });
    return rows.map((row) => ({
      at: row.at,
      channelId: row.channel_id,
      userId: row.user_id,
      customerId: row.customer_id,
      intent: row.intent,
      accountIds: JSON.parse(row.account_ids) as string[],
    }));
  }
}
