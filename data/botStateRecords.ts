import type { ChatUserRecords, ChatUserRecordSummary } from './chatUserRecords';
import type { SqlClient } from './sql/sqlClient';
import { sqlOf, type SqlSource } from './sql/sqlSource';
import type { ChatUser } from './linkStore';

/**
 * The bot state kept under the chat user's own keys: their `PrivateConversationState` in every
 * conversation they used (`channelId/conversations/<conversation>/users/userId/`, with the empty namespace
 * the bot composes it with: where the dialog is, the last question; the recent messages kept for a
 * handoff are `HandoffTranscriptStore`'s). Erasing a chat user erases them all, whichever conversation the request came from; the
 * conversation's own row (its language, whether it was greeted) is the privacy dialog's to delete,
 * through `ConversationState.delete`. (The bot keeps no `UserState`.)
 */
export class BotStateRecords implements ChatUserRecords {
  private readonly statements;

  constructor(source: SqlSource) {
    const sql: SqlClient = sqlOf(source);
    // substr from the end, spelt so that both engines read it (PostgreSQL has no negative start).
    const mine = `substr(key, 1, length(@conversations)) = @conversations
      AND substr(key, length(key) - length(@userSuffix) + 1) = @userSuffix`;
    this.statements = {
      find: sql.statement<{ count: number }>(`SELECT count(*) AS count FROM bot_state WHERE ${mine}`),
      remove: sql.statement(`DELETE FROM bot_state WHERE ${mine}`),
    };
  }

  async describe(user: ChatUser): Promise<ChatUserRecordSummary[]> {
    const { count } = (await this.statements.find.get(keysOf(user)))!;
    return count > 0 ? [{ kind: 'conversationMemory', count }] : [];
  }

  erase(user: ChatUser): Promise<number> {
    return this.statements.remove.run(keysOf(user));
  }
}

function keysOf(user: ChatUser): { conversations: string; userSuffix: string } {
  return { conversations: `${user.channelId}/conversations/`, userSuffix: `/users/${user.userId}/` };
}
