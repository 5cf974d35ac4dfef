import type { ChatUserRecords, ChatUserRecordSummary } from './chatUserRecords';
import type { Db } from './database';
import type { ChatUser } from './linkStore';

/**
 * The audit lines written for a chat user's requests. They are described, never erased: the audit log
 * is append-only and is the bank's legal record of who accessed what.
 */
export class AuditRecords implements ChatUserRecords {
  private readonly summary;

  constructor(db: Db) {
    this.summary = db.prepare(
      `SELECT count(*) AS count, min(at) AS first, max(at) AS last FROM audit_log
       WHERE channel_id = @channelId AND user_id = @userId`,
    );
  }

  describe(user: ChatUser): ChatUserRecordSummary[] {
    const row = this.summary.get(user) as { count: number; first: string | null; last: string | null };
    return row.count > 0 ? [{ kind: 'auditEntries', count: row.count, from: row.first ?? undefined, to: row.last ?? undefined }] : [];
  }

  erase(): number {
    return 0;
  }
}
