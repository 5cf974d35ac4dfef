import type { ChatUserRecords, ChatUserRecordSummary } from './chatUserRecords';
import type { SqlClient } from './sql/sqlClient';
import { sqlOf, type SqlSource } from './sql/sqlSource';
import type { ChatUser } from './linkStore';

/**
 * The bot state kept under the chat user's own keys: botbuilder's `UserState` (`channelId/users/userId/`)
 * and the chat user's `PrivateConversationState` in every conversation they used
 * (`channelId/conversations/<conversation>/users/userId/`, dialog state and transcript), both with the
 * empty namespace the bot composes them with. Erasing a chat user erases them all, whichever
 * conversation the request came from; the conversation's own row (whether it was greeted) is the
 * privacy dialog's to delete, through `ConversationState.delete`.
 */
export class BotStateRecords implements ChatUserRecords {
  private readonly statements;

  constructor(source: SqlSource) {
    const sql = sqlOf(source);
    // substr from the end, spelt so that both engines read it (PostgreSQL has no negative start).
    const mine = `key = @userKey OR (substr(key, 1, length(@conversations)) = @conversations
      AND substr(key, length(key) - length(@userSuffix) + 1) = @userSuffix)`;
    this.statements = {
      // Told as "your settings": the conversations' rows are what "where we are in this conversation" says.
      find: sql.statement<{ count: number }>('SELECT count(*) AS count FROM bot_state WHERE key = @userKey'),
      remove: sql.statement(`DELETE FROM bot_state WHERE ${mine}`),
    };
  }

  async describe(user: ChatUser): Promise<ChatUserRecordSummary[]> {
    const { count } = (await this.statements.find.get({ userKey: userStateKey(user) }))!;
    return count > 0 ? [{ kind: 'userState', count }] : [];
  }

  erase(user: ChatUser): Promise<number> {
    return this.statements.remove.run(keysOf(user));
  }
}

function keysOf(user: ChatUser): { userKey: string; conversations: string; userSuffix: string } {
  return { userKey: userStateKey(user), conversations: `${user.channelId}/conversations/`, userSuffix: `/users/${user.userId}/` };
}

/** botbuilder's `UserState` storage key: `${channelId}/users/${userId}/${namespace}`, namespace ''. */
export function userStateKey(user: ChatUser): string {
  return `${user.channelId}/users/${user.userId}/`;
}
