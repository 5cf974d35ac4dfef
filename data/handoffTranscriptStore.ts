import type { ChatUserRecords, ChatUserRecordSummary } from './chatUserRecords';
import type { ChatUser } from './linkStore';
import type { SqlClient } from './sql/sqlClient';
import { sqlOf, type SqlSource } from './sql/sqlSource';

/** Enough context for an adviser to take over without asking again; older messages are dropped. */
export const HANDOFF_TRANSCRIPT_LENGTH = 30;

/** One message of a conversation as an adviser sees it at a handoff: who said what, and when. Text only. */
export interface HandoffMessage {
  type: 'message';
  text: string;
  /** The activity's own time, as the channel gave it. */
  timestamp?: string;
  locale?: string;
  from: { id: string; role: 'user' | 'bot' };
}

/** The chat user's side of one conversation: whose messages, and the bot's answers to them. */
export interface HandoffConversation extends ChatUser {
  conversationId: string;
}

interface Row {
  role: 'user' | 'bot';
  from_id: string;
  text: string;
  locale: string | null;
  sent_at: string | null;
}

/**
 * The last messages of each chat user's conversation, both ways, kept for a handoff to the bank's agent
 * desk (`handoff_messages`). A row per message, so that a turn appends its two or three lines instead of
 * rewriting a document of thirty: it used to live in the bot state, which botbuilder hashes and writes
 * whole whenever it changes, i.e. every turn. Bounded to the last `limit` per conversation at each
 * append; erased with the chat user's other records; an unlinked chat user's rows expire with their bot
 * state (`StateExpiry`). Conversation family: written at `NORMAL` (see `durability.ts`).
 */
export class HandoffTranscriptStore implements ChatUserRecords {
  private readonly statements;

  private readonly sql: SqlClient;

  constructor(source: SqlSource, private readonly limit = HANDOFF_TRANSCRIPT_LENGTH) {
    const sql = sqlOf(source);
    this.sql = sql;
    const conversation = 'channel_id = @channelId AND user_id = @userId AND conversation_id = @conversationId';
    this.statements = {
      last: sql.statement<{ last: number }>(`SELECT coalesce(max(seq), 0) AS last FROM handoff_messages WHERE ${conversation}`),
      insert: sql.statement(`INSERT INTO handoff_messages (channel_id, user_id, conversation_id, seq, role, from_id, text, locale, sent_at, written_at)
        VALUES (@channelId, @userId, @conversationId, @seq, @role, @fromId, @text, @locale, @sentAt, @writtenAt)`),
      trim: sql.statement(`DELETE FROM handoff_messages WHERE ${conversation} AND seq <= @oldestDropped`),
      recent: sql.statement<Row>(`SELECT role, from_id, text, locale, sent_at FROM handoff_messages WHERE ${conversation}
        ORDER BY seq DESC LIMIT @limit`),
      count: sql.statement<{ count: number }>(
        'SELECT count(*) AS count FROM handoff_messages WHERE channel_id = @channelId AND user_id = @userId'),
      erase: sql.statement('DELETE FROM handoff_messages WHERE channel_id = @channelId AND user_id = @userId'),
    };
  }

  /** Adds `messages` after the conversation's last ones and drops what falls beyond the limit. */
  async append(conversation: HandoffConversation, messages: readonly HandoffMessage[], now: Date): Promise<void> {
    const kept = messages.slice(-this.limit);
    if (kept.length === 0) return;
    const key = keyOf(conversation);
    const writtenAt = now.toISOString();
    await this.sql.relaxed(() => this.sql.transaction(async () => {
      const { last } = (await this.statements.last.get(key))!;
      for (const [index, message] of kept.entries()) {
        await this.statements.insert.run({
          ...key, seq: last + index + 1, role: message.from.role, fromId: storable(message.from.id), text: storable(message.text),
          locale: message.locale === undefined ? null : storable(message.locale),
          sentAt: message.timestamp === undefined ? null : storable(message.timestamp), writtenAt,
        });
      }
      await this.statements.trim.run({ ...key, oldestDropped: last + kept.length - this.limit });
    }));
  }

  /** The conversation's last messages, oldest first. */
  async recent(conversation: HandoffConversation): Promise<HandoffMessage[]> {
    const rows = await this.statements.recent.all({ ...keyOf(conversation), limit: this.limit });
    return rows.reverse().map(messageOf);
  }

  async describe(user: ChatUser): Promise<ChatUserRecordSummary[]> {
    const { count } = (await this.statements.count.get(userOf(user)))!;
    return count > 0 ? [{ kind: 'handoffMessages', count: Number(count) }] : [];
  }

  erase(user: ChatUser): Promise<number> {
    return this.statements.erase.run(userOf(user));
  }
}

function keyOf(conversation: HandoffConversation) {
  return { ...userOf(conversation), conversationId: conversation.conversationId };
}

function userOf(user: ChatUser) {
  return { channelId: user.channelId, userId: user.userId };
}

function messageOf(row: Row): HandoffMessage {
  return {
    type: 'message',
    text: row.text,
    ...(row.sent_at === null ? {} : { timestamp: row.sent_at }),
    ...(row.locale === null ? {} : { locale: row.locale }),
    from: { id: row.from_id, role: row.role },
  };
}

/** PostgreSQL's text refuses U+0000, which a message may carry: it becomes U+FFFD on both engines alike. */
function storable(text: string): string {
  return text.includes('\u0000') ? text.replace(/\u0000/g, '\uFFFD') : text;
}
