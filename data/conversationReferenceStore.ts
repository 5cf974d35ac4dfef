import type { Db } from './database';
import { conversationWrite } from './durability';
import type { ChatUserRecords, ChatUserRecordSummary } from './chatUserRecords';
import type { ChatUser } from './linkStore';
import type { Language } from './language';

/** Where and how to reach one chat user proactively, as saved from their latest message. */
export interface SavedReference {
  channelId: string;
  userId: string;
  customerId: string | null;
  language: Language;
  /** botbuilder's `ConversationReference`, as JSON. */
  reference: unknown;
  lastMessageAt: Date;
}

interface Row {
  channel_id: string;
  user_id: string;
  customer_id: string | null;
  language: Language;
  reference: string;
  last_message_at: string;
}

/**
 * The conversation reference of each chat user's latest message: the only way to message them later
 * (proactively), and the start of Messenger's 24-hour window.
 */
export class ConversationReferenceStore implements ChatUserRecords {
  private readonly statements;

  constructor(private readonly db: Db) {
    this.statements = {
      upsert: db.prepare(
        `INSERT INTO conversation_references (channel_id, user_id, customer_id, language, reference, last_message_at)
         VALUES (@channelId, @userId, @customerId, @language, @reference, @lastMessageAt)
         ON CONFLICT (channel_id, user_id) DO UPDATE SET customer_id = excluded.customer_id,
           language = excluded.language, reference = excluded.reference, last_message_at = excluded.last_message_at`),
      find: db.prepare<ChatUser, Row>(
        'SELECT * FROM conversation_references WHERE channel_id = @channelId AND user_id = @userId'),
      erase: db.prepare<ChatUser>('DELETE FROM conversation_references WHERE channel_id = @channelId AND user_id = @userId'),
    };
  }

  /** Written at every message: the conversation family's durability (see `durability.ts`). */
  save(saved: SavedReference): void {
    conversationWrite(this.db, () => this.statements.upsert.run({
      channelId: saved.channelId,
      userId: saved.userId,
      customerId: saved.customerId,
      language: saved.language,
      reference: JSON.stringify(saved.reference),
      lastMessageAt: saved.lastMessageAt.toISOString(),
    }));
  }

  find(user: ChatUser): SavedReference | null {
    const row = this.statements.find.get(user);
    if (!row) return null;
    return {
      channelId: row.channel_id,
      userId: row.user_id,
      customerId: row.customer_id,
      language: row.language,
      reference: JSON.parse(row.reference) as unknown,
      lastMessageAt: new Date(row.last_message_at),
    };
  }

  describe(user: ChatUser): ChatUserRecordSummary[] {
    const row = this.statements.find.get(user);
    return row ? [{ kind: 'conversationReference', count: 1, from: row.last_message_at, to: row.last_message_at }] : [];
  }

  erase(user: ChatUser): number {
    return this.statements.erase.run(user).changes;
  }
}
