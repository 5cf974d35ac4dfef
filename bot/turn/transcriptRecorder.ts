import type { Activity, Middleware, TurnContext } from 'botbuilder';
import type { RecentMessages, TranscriptEntry } from '../../dialogs/conversationMemory';
import { HANDOFF_TRANSCRIPT_LENGTH, type HandoffConversation, type HandoffTranscriptStore } from '../../data/handoffTranscriptStore';
import type { Clock } from '../infra/clock';
import { maskLinkCodes } from './linkCodeMask';

/** What the turn has said so far, both ways, and whether the chat user had it all forgotten. */
interface TurnMessages {
  conversation: HandoffConversation | undefined;
  said: TranscriptEntry[];
  forgotten: boolean;
}

const TURN_MESSAGES = Symbol('handoffTurnMessages');

/**
 * Keeps the chat user's recent messages in the conversation, both ways, so that a handoff hands them to
 * the bank's agent desk: held in the turn, then appended in one write at its end (put off to the turn's
 * group commit), to their own store, never to the bot state (botbuilder would hash and rewrite the whole
 * state document every turn). Text only: cards, traces and events are left out, link codes are masked,
 * nothing is logged, and nothing is sent anywhere by this middleware.
 */
export class TranscriptRecorder implements Middleware, RecentMessages {
  constructor(private readonly store: Pick<HandoffTranscriptStore, 'append' | 'recent'>, private readonly clock: Clock) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    // A proactive turn (an update sent from the outbox) is the dispatcher's, not the conversation's: as
    // when the transcript was bot state, which nothing saves on such a turn, it is not recorded.
    if (context.activity.type === 'event') return next();
    const turn: TurnMessages = { conversation: conversationOf(context.activity), said: [], forgotten: false };
    context.turnState.set(TURN_MESSAGES, turn);
    if (context.activity.type === 'message') turn.said.push(entryOf(context.activity, 'user'));
    context.onSendActivities(async (_context, activities, sendNext) => {
      for (const activity of activities) {
        if (activity.type === 'message' && activity.text) turn.said.push(entryOf(activity, 'bot'));
      }
      return sendNext();
    });
    try {
      await next();
    } finally {
      // A failed turn keeps what was said before it failed, as the adviser would want to read it.
      if (turn.conversation && !turn.forgotten && turn.said.length > 0) await this.store.append(turn.conversation, turn.said, this.clock.now());
    }
  }

  async of(context: TurnContext): Promise<TranscriptEntry[]> {
    const turn = context.turnState.get(TURN_MESSAGES) as TurnMessages | undefined;
    if (!turn?.conversation) return [];
    const stored = await this.store.recent(turn.conversation);
    return [...stored, ...turn.said].slice(-HANDOFF_TRANSCRIPT_LENGTH);
  }

  /** The chat user erased their data: nothing this turn said is written back. */
  forget(context: TurnContext): void {
    const turn = context.turnState.get(TURN_MESSAGES) as TurnMessages | undefined;
    if (!turn) return;
    turn.forgotten = true;
    turn.said = [];
  }
}

/** Whose side of which conversation the turn is: the sender's, as `PrivateConversationState` keys it. */
function conversationOf(activity: Partial<Activity>): HandoffConversation | undefined {
  const { channelId, conversation, from } = activity;
  if (!channelId || !conversation?.id || !from?.id) return undefined;
  return { channelId, userId: from.id, conversationId: conversation.id };
}

function entryOf(activity: Partial<Activity>, role: 'user' | 'bot'): TranscriptEntry {
  const timestamp = timeOf(activity.timestamp);
  return {
    type: 'message',
    text: role === 'user' ? maskLinkCodes(activity.text ?? '') : activity.text ?? '',
    ...(timestamp === undefined ? {} : { timestamp }),
    ...(activity.locale ? { locale: activity.locale } : {}),
    from: { id: activity.from?.id ?? role, role },
  };
}

/** Typed a `Date`, but a string as the channel's JSON gave it; either kept as ISO text. */
function timeOf(timestamp: unknown): string | undefined {
  if (typeof timestamp === 'string') return timestamp;
  return timestamp instanceof Date && !Number.isNaN(timestamp.getTime()) ? timestamp.toISOString() : undefined;
}
