import type { ChatUserRecords, ChatUserRecordSummary } from './chatUserRecords';
import type { Db } from './database';
import type { ChatUser } from './linkStore';

/**
 * The bot state kept under the chat user's own key, as botbuilder's `UserState` names it
 * (`channelId/users/userId/`, with the empty namespace the bot composes it with). Conversation state is keyed by conversation, not by user: the privacy
 * dialog erases the current conversation's through `ConversationState.delete`.
 */
export class BotStateRecords implements ChatUserRecords {
  private readonly statements;

  constructor(db: Db) {
    this.statements = {
      find: db.prepare('SELECT count(*) AS count FROM bot_state WHERE key = @key'),
      remove: db.prepare('DELETE FROM bot_state WHERE key = @key'),
    };
  }

  describe(user: ChatUser): ChatUserRecordSummary[] {
    const { count } = this.statements.find.get({ key: userStateKey(user) }) as { count: number };
    return count > 0 ? [{ kind: 'userState', count }] : [];
  }

  erase(user: ChatUser): number {
    return this.statements.remove.run({ key: userStateKey(user) }).changes;
  }
}

/** botbuilder's `UserState` storage key: `${channelId}/users/${userId}/${namespace}`, namespace ''. */
export function userStateKey(user: ChatUser): string {
  return `${user.channelId}/users/${user.userId}/`;
}
