import type { Db } from './database';

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

  constructor(db: Db) {
    this.insert = db.prepare(
      `INSERT INTO audit_log (at, channel_id, user_id, customer_id, intent, account_ids)
       VALUES (@at, @channelId, @userId, @customerId, @intent, @accountIds)`,
    );
    this.ofCustomer = db.prepare(
      `SELECT at, channel_id, user_id, customer_id, intent, account_ids FROM audit_log
       WHERE customer_id = @customerId ORDER BY at DESC, id DESC LIMIT @limit`,
    );
  }

  record(entry: AuditEntry): void {
    this.insert.run({ ...entry, accountIds: JSON.stringify(entry.accountIds) });
  }

  /** Newest first. */
  entries(customerId: string, limit = 1000): AuditEntry[] {
    const rows = this.ofCustomer.all({ customerId, limit }) as {
      at: string; channel_id: string; user_id: string; customer_id: string; intent: string; account_ids: string;
    }[];
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
