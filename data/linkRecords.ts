import type { ChatUserRecords, ChatUserRecordSummary } from './chatUserRecords';
import type { SqlClient } from './sql/sqlClient';
import { sqlOf, type SqlSource } from './sql/sqlSource';
import type { ChatUser } from './linkStore';

/** What linking keeps about a chat user: the link itself and the count of wrong codes. */
export class LinkRecords implements ChatUserRecords {
  private readonly statements;

  private readonly sql: SqlClient;

  constructor(source: SqlSource) {
    const sql = sqlOf(source);
    this.sql = sql;
    this.statements = {
      link: sql.statement<{ linked_at: string; expires_at: string }>('SELECT linked_at, expires_at FROM links WHERE channel_id = @channelId AND user_id = @userId'),
      attempts: sql.statement<{ failures: number; locked_until: string | null }>('SELECT failures, locked_until FROM link_attempts WHERE channel_id = @channelId AND user_id = @userId'),
      deleteLink: sql.statement('DELETE FROM links WHERE channel_id = @channelId AND user_id = @userId'),
      deleteAttempts: sql.statement('DELETE FROM link_attempts WHERE channel_id = @channelId AND user_id = @userId'),
    };
  }

  async describe(user: ChatUser): Promise<ChatUserRecordSummary[]> {
    const summaries: ChatUserRecordSummary[] = [];
    const link = await this.statements.link.get(user);
    if (link) summaries.push({ kind: 'link', count: 1, from: link.linked_at, to: link.expires_at });
    const attempts = await this.statements.attempts.get(user);
    if (attempts && (attempts.failures > 0 || attempts.locked_until)) {
      summaries.push({ kind: 'linkAttempts', count: attempts.failures, ...(attempts.locked_until ? { to: attempts.locked_until } : {}) });
    }
    return summaries;
  }

  /** Unlinks and forgets the wrong codes, in one transaction. */
  erase(user: ChatUser): Promise<number> {
    return this.sql.transaction(async () => await this.statements.deleteLink.run(user) + await this.statements.deleteAttempts.run(user));
  }
}
