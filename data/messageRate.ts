import type { ChatUserRecords, ChatUserRecordSummary } from './chatUserRecords';
import type { SqlClient } from './sql/sqlClient';
import { sqlOf, type SqlSource } from './sql/sqlSource';
import type { ChatUser } from './linkStore';
import { WindowCounter } from './windowCounter';

const MINUTE = 60_000;
/** The channel a count is kept under when the request's `channelId` proves nothing (local mode). */
export const ANY_CHANNEL = '*';
/** The messages' counters among the database's window counters (`limit_windows`). */
export const MESSAGES_SCOPE = 'messages';

/** A chat user's counter key: the channel, then the user (channel ids hold no `/`). */
export function messageCounterKey(user: ChatUser): string {
  return `${user.channelId}/${user.userId}`;
}

/**
 * Counts each chat user's messages per clock minute on the database's window counter (`WindowCounter`:
 * one atomic UPSERT), so the count holds across concurrent requests and across processes sharing the
 * database, and survives a restart. A fixed window is enough here: it only has to stop a flood, not
 * meter fairly.
 */
export class MessageRate implements ChatUserRecords {
  private readonly statements;
  private readonly counter: WindowCounter;

  private readonly sql: SqlClient;

  constructor(source: SqlSource, private readonly perMinute: number) {
    const sql = sqlOf(source);
    this.sql = sql;
    this.counter = new WindowCounter(sql);
    const mine = `scope = '${MESSAGES_SCOPE}' AND key IN (@key, @anyChannelKey)`;
    this.statements = {
      find: sql.statement<{ window_start: string }>(`SELECT window_start FROM limit_windows WHERE ${mine}`),
      remove: sql.statement(`DELETE FROM limit_windows WHERE ${mine}`),
    };
  }

  /**
   * Counts one message: 'ok' within the limit, 'refuse' for the first message over it (answer it once),
   * 'ignore' for the rest of that minute (answering a flood would be flooding back).
   */
  async count(user: ChatUser, now: Date): Promise<'ok' | 'refuse' | 'ignore'> {
    // A minute's count is the conversation family's (see durability.ts): no fsync for it.
    const count = await this.sql.relaxed(() => this.counter.add(MESSAGES_SCOPE, messageCounterKey(user), now, MINUTE));
    if (count <= this.perMinute) return 'ok';
    return count === this.perMinute + 1 ? 'refuse' : 'ignore';
  }

  async describe(user: ChatUser): Promise<ChatUserRecordSummary[]> {
    const row = await this.statements.find.get(keysOf(user));
    return row ? [{ kind: 'messageCounter', count: 1, from: row.window_start, to: row.window_start }] : [];
  }

  erase(user: ChatUser): Promise<number> {
    return this.statements.remove.run(keysOf(user));
  }
}

function keysOf(user: ChatUser): { key: string; anyChannelKey: string } {
  return { key: messageCounterKey(user), anyChannelKey: messageCounterKey({ channelId: ANY_CHANNEL, userId: user.userId }) };
}
