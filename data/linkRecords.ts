import type { ChatUserRecords, ChatUserRecordSummary } from './chatUserRecords';
import type { Db } from './database';
import type { ChatUser } from './linkStore';

/** What linking keeps about a chat user: the link itself and the count of wrong codes. */
export class LinkRecords implements ChatUserRecords {
  private readonly statements;

  constructor(private readonly db: Db) {
    this.statements = {
      link: db.prepare('SELECT linked_at, expires_at FROM links WHERE channel_id = @channelId AND user_id = @userId'),
      attempts: db.prepare('SELECT failures, locked_until FROM link_attempts WHERE channel_id = @channelId AND user_id = @userId'),
      deleteLink: db.prepare('DELETE FROM links WHERE channel_id = @channelId AND user_id = @userId'),
      deleteAttempts: db.prepare('DELETE FROM link_attempts WHERE channel_id = @channelId AND user_id = @userId'),
    };
  }

  describe(user: ChatUser): ChatUserRecordSummary[] {
    const summaries: ChatUserRecordSummary[] = [];
    const link = this.statements.link.get(user) as { linked_at: string; expires_at: string } | undefined;
    if (link) summaries.push({ kind: 'link', count: 1, from: link.linked_at, to: link.expires_at });
    const attempts = this.statements.attempts.get(user) as { failures: number; locked_until: string | null } | undefined;
    if (attempts && (attempts.failures > 0 || attempts.locked_until)) {
      summaries.push({ kind: 'linkAttempts', count: attempts.failures, ...(attempts.locked_until ? { to: attempts.locked_until } : {}) });
    }
    return summaries;
  }

  /** Unlinks and forgets the wrong codes, in one transaction. */
  erase(user: ChatUser): number {
    return this.db.transaction(() => this.statements.deleteLink.run(user).changes + this.statements.deleteAttempts.run(user).changes)();
  }
}
