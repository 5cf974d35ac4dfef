import type { Activity, BotState, StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { DataIntent, Language, RecognizedEntities } from '../bot/nlu/types';

/** A data question as last understood, so that "et ce mois-ci ?" and "show more" can build on it. */
export interface DataRequest {
  intent: DataIntent;
  entities: RecognizedEntities;
  /** Items already shown of a paged list. */
  offset: number;
}

/** What a person at the bank sees of the conversation when it is handed over: text only, no cards. */
export type TranscriptEntry = Pick<Activity, 'type' | 'text' | 'timestamp' | 'locale'> & {
  from: { id: string; role: 'user' | 'bot' };
};

/**
 * The conversation's memory, through botbuilder state accessors on the conversation state (SQLite):
 * the last data request, how many messages in a row were not understood, whether the conversation has
 * been greeted, and its recent messages. Shared by every conversation; the values live in state.
 */
export class ConversationMemory {
  readonly lastRequest: StatePropertyAccessor<DataRequest | undefined>;
  readonly failuresInARow: StatePropertyAccessor<number>;
  readonly greeted: StatePropertyAccessor<boolean>;
  readonly transcript: StatePropertyAccessor<TranscriptEntry[]>;
  /** The conversation's language: what ambiguous messages ("ok", a code, a shop's name) are answered in. */
  readonly language: StatePropertyAccessor<Language | undefined>;

  constructor(state: BotState) {
    this.lastRequest = state.createProperty('lastDataRequest');
    this.failuresInARow = state.createProperty('failuresInARow');
    this.greeted = state.createProperty('greeted');
    this.transcript = state.createProperty('recentTranscript');
    this.language = state.createProperty('language');
  }

  /** Counts a message not understood (or resets the count) and returns the count. */
  async countFailure(context: TurnContext, failed: boolean): Promise<number> {
    const count = failed ? (await this.failuresInARow.get(context, 0)) + 1 : 0;
    await this.failuresInARow.set(context, count);
    return count;
  }
}
