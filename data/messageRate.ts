import type { ChatUserRecords, ChatUserRecordSummary } from './chatUserRecords';
import type { Db } from './database';
import { conversationWrite } from './durability';
import type { ChatUser } from './linkStore';

const MINUTE = 60_000;
/** The channel a count is kept under when the request's `channelId` proves nothing (local mode). */
export const ANY_CHANNEL = '*';

/**
 * Counts each chat user's messages per clock minute in SQLite: one atomic UPSERT, so the count holds
 * across concurrent requests and across processes sharing the database, and survives a restart.
 * A fixed window is enough here: it only has to stop a flood, not meter fairly.
 */
export class MessageRate implements ChatUserRecords {
  private readonly statements;

  constructor(private readonly db: Db, private readonly perMinute: number) {
    this.statements = {
      count: db.prepare(
        `INSERT INTO message_rate (channel_id, user_id, window_start, count) VALUES (@channelId, @userId, @window, 1)
         ON CONFLICT (channel_id, user_id) DO UPDATE SET
           count = CASE WHEN window_start = excluded.window_start THEN count + 1 ELSE 1 END,
           window_start = excluded.window_start
         RETURNING count`,
      ),
      find: db.prepare(`SELECT window_start FROM message_rate WHERE channel_id IN (@channelId, '${ANY_CHANNEL}') AND user_id = @userId`),
      remove: db.prepare(`DELETE FROM message_rate WHERE channel_id IN (@channelId, '${ANY_CHANNEL}') AND user_id = @userId`),
    };
  }

  /**
   * Counts one message: 'ok' within the limit, 'refuse' for the first message over it (answer it once),
   * 'ignore' for the rest of that minute (answering a flood would be flooding back).
   */
  count(user: ChatUser, now: Date): 'ok' | 'refuse' | 'ignore' {
    const window = new Date(Math.floor(now.getTime() / MINUTE) * MINUTE).toISOString();
    const { count } = conversationWrite(this.db, () => this.statements.count.get({ ...user, window }) as { count: number });
    if (count <= this.perMinute) return 'ok';
    return count === this.perMinute + 1 ? 'refuse' : 'ignore';
  }

  describe(user: ChatUser): ChatUserRecordSummary[] {
    const row = this.statements.find.get(user) as { window_start: string } | undefined;
    return row ? [{ kind: 'messageCounter', count: 1, from: row.window_start, to: row.window_start }] : [];
  }

  erase(user: ChatUser): number {
    return this.statements.remove.run(user).changes;
  }
}
