import type { ChatUserRecords, ChatUserRecordSummary } from './chatUserRecords';
import type { Db } from './database';
import type { ChatUser } from './linkStore';

/**
 * The bot state kept under the chat user's own keys: their `PrivateConversationState` in every
 * conversation they used (`channelId/conversations/<conversation>/users/userId/`, with the empty namespace
 * the bot composes it with: where the dialog is, the last question, the recent messages kept for a
 * handoff). Erasing a chat user erases them all, whichever conversation the request came from; the
 * conversation's own row (its language, whether it was greeted) is the privacy dialog's to delete,
 * through `ConversationState.delete`. (The bot keeps no `UserState`.)
 */
export class BotStateRecords implements ChatUserRecords {
  private readonly statements;

  constructor(db: Db) {
    const mine = `substr(key, 1, length(@conversations)) = @conversations AND substr(key, -length(@userSuffix)) = @userSuffix`;
    this.statements = {
      find: db.prepare(`SELECT count(*) AS count FROM bot_state WHERE ${mine}`),
      remove: db.prepare(`DELETE FROM bot_state WHERE ${mine}`),
    };
  }

  describe(user: ChatUser): ChatUserRecordSummary[] {
    const { count } = this.statements.find.get(keysOf(user)) as { count: number };
    return count > 0 ? [{ kind: 'conversationMemory', count }] : [];
  }

  erase(user: ChatUser): number {
    return this.statements.remove.run(keysOf(user)).changes;
  }
}

function keysOf(user: ChatUser): { conversations: string; userSuffix: string } {
  return { conversations: `${user.channelId}/conversations/`, userSuffix: `/users/${user.userId}/` };
}
