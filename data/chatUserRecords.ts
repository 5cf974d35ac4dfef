import type { ChatUser } from './linkStore';

/** One kind of record the assistant keeps about a chat user, as the user is told of it. */
export interface ChatUserRecordSummary {
  kind: string;
  count: number;
  /** Earliest and latest times, when the records have times (ISO 8601). */
  from?: string;
  to?: string;
}

/**
 * A store that keeps something about chat users (not the bank's records). Each one implements this so
 * that "what do you know about me?" lists everything and "delete my data" erases everything, without a
 * central list that forgets the next table.
 */
export interface ChatUserRecords {
  describe(user: ChatUser): Promise<ChatUserRecordSummary[]>;
  /** Erases what it keeps about the user; returns how many records went. */
  erase(user: ChatUser): Promise<number>;
}
