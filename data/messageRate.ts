import type { ChatUserRecords, ChatUserRecordSummary } from './chatUserRecords';
import type { SqlClient } from './sql/sqlClient';
import { sqlOf, type SqlSource } from './sql/sqlSource';
import type { ChatUser } from './linkStore';

const MINUTE = 60_000;
/** The channel a count is kept under when the request's `channelId` proves nothing (local mode). */
export const ANY_CHANNEL = '*';

/**
 * Counts each chat user's messages per clock minute in the database: one atomic UPSERT, so the count holds
 * across concurrent requests and across processes sharing the database, and survives a restart.
 * A fixed window is enough here: it only has to stop a flood, not meter fairly.
 */
export class MessageRate implements ChatUserRecords {
  private readonly statements;

  private readonly sql: SqlClient;

  constructor(source: SqlSource, private readonly perMinute: number) {
    const sql = sqlOf(source);
    this.sql = sql;
    this.statements = {
      count: sql.statement<{ count: number }>(
        `INSERT INTO message_rate (channel_id, user_id, window_start, count) VALUES (@channelId, @userId, @window, 1)
         ON CONFLICT (channel_id, user_id) DO UPDATE SET
           count = CASE WHEN message_rate.window_start = excluded.window_start THEN message_rate.count + 1 ELSE 1 END,
           window_start = excluded.window_start
         RETURNING count`,
      ),
      find: sql.statement<{ window_start: string }>(`SELECT window_start FROM message_rate WHERE channel_id IN (@channelId, '${ANY_CHANNEL}') AND user_id = @userId`),
      remove: sql.statement(`DELETE FROM message_rate WHERE channel_id IN (@channelId, '${ANY_CHANNEL}') AND user_id = @userId`),
    };
  }

  /**
   * Counts one message: 'ok' within the limit, 'refuse' for the first message over it (answer it once),
   * 'ignore' for the rest of that minute (answering a flood would be flooding back).
   */
  async count(user: ChatUser, now: Date): Promise<'ok' | 'refuse' | 'ignore'> {
    const window = new Date(Math.floor(now.getTime() / MINUTE) * MINUTE).toISOString();
    const { count } = (await this.sql.relaxed(() => this.statements.count.get({ ...user, window })))!;
    if (count <= this.perMinute) return 'ok';
    return count === this.perMinute + 1 ? 'refuse' : 'ignore';
  }

  async describe(user: ChatUser): Promise<ChatUserRecordSummary[]> {
    const row = await this.statements.find.get(user);
    return row ? [{ kind: 'messageCounter', count: 1, from: row.window_start, to: row.window_start }] : [];
  }

  erase(user: ChatUser): Promise<number> {
    return this.statements.remove.run(user);
  }
}
