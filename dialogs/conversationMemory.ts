import type { BotState, StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { HandoffMessage } from '../data/handoffTranscriptStore';
import type { DataIntent } from './intents';
import type { Language } from '../data/language';
import type { RecognizedEntities } from './recognized';

/** A data question as last understood, so that "et ce mois-ci ?" and "show more" can build on it. */
export interface DataRequest {
  intent: DataIntent;
  entities: RecognizedEntities;
  /** Items already shown of a paged list. */
  offset: number;
  /** When the oldest receipt last shown was bought (ISO): what "et celle d'avant" goes back from. */
  receiptShownAt?: string;
}

/** What a person at the bank sees of the conversation when it is handed over: text only, no cards. */
export type TranscriptEntry = HandoffMessage;

/** The recent messages a handoff carries, kept outside the bot state (the transcript recorder's). */
export interface RecentMessages {
  /** The chat user's side of this turn's conversation, this turn's messages so far included, oldest first. */
  of(context: TurnContext): Promise<TranscriptEntry[]>;
}

/**
 * The conversation's memory, through botbuilder state accessors (SQLite). What carries a customer's data
 * — the last data request, how many messages in a row were not understood — belongs to the chat user in
 * that conversation (botbuilder's `PrivateConversationState`, keyed by channel, conversation and
 * `from.id`), so that another participant of a group conversation never sees any of it; so do the recent
 * messages kept for a handoff, in a store of their own keyed the same way (`recentMessages`). Only whether
 * the conversation has been greeted, and its language, are the conversation's.
 */
export class ConversationMemory {
  readonly lastRequest: StatePropertyAccessor<DataRequest | undefined>;
  readonly failuresInARow: StatePropertyAccessor<number>;
  readonly greeted: StatePropertyAccessor<boolean>;
  /** The conversation's language: what ambiguous messages ("ok", a code, a shop's name) are answered in. */
  readonly language: StatePropertyAccessor<Language | undefined>;

  constructor(conversation: BotState, chatUserInConversation: BotState, readonly recentMessages: RecentMessages) {
    this.lastRequest = chatUserInConversation.createProperty('lastDataRequest');
    this.failuresInARow = chatUserInConversation.createProperty('failuresInARow');
    this.greeted = conversation.createProperty('greeted');
    this.language = conversation.createProperty('language');
  }

  /** Counts a message not understood (or resets the count) and returns the count. */
  async countFailure(context: TurnContext, failed: boolean): Promise<number> {
    const count = failed ? (await this.failuresInARow.get(context, 0)) + 1 : 0;
    await this.failuresInARow.set(context, count);
    return count;
  }
}
