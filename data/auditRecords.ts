import type { ChatUserRecords, ChatUserRecordSummary } from './chatUserRecords';
import type { SqlClient } from './sql/sqlClient';
import { sqlOf, type SqlSource } from './sql/sqlSource';
import type { ChatUser } from './linkStore';

/**
 * The audit lines written for a chat user's requests. They are described, never erased: the audit log
 * is append-only and is the bank's legal record of who accessed what.
 */
export class AuditRecords implements ChatUserRecords {
  private readonly summary;

  constructor(source: SqlSource) {
    const sql = sqlOf(source);
    this.summary = sql.statement<{ count: number; first: string | null; last: string | null }>(
      `SELECT count(*) AS count, min(at) AS first, max(at) AS last FROM audit_log
       WHERE channel_id = @channelId AND user_id = @userId`,
    );
  }

  async describe(user: ChatUser): Promise<ChatUserRecordSummary[]> {
    const row = (await this.summary.get(user))!;
    return row.count > 0 ? [{ kind: 'auditEntries', count: row.count, from: row.first ?? undefined, to: row.last ?? undefined }] : [];
  }

  async erase(): Promise<number> {
    return 0;
  }
}
