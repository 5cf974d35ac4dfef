import type { Activity, Middleware, ResourceResponse, TurnContext } from 'botbuilder';
import type { ConversationMemory, TranscriptEntry } from '../../dialogs/conversationMemory';
import { maskLinkCodes } from './linkCodeMask';

/** Enough context for an adviser to take over without asking again; older messages are dropped. */
export const TRANSCRIPT_LENGTH = 30;

/**
 * Keeps the chat user's recent messages in the conversation, both ways, in their own state in it (the
 * bank's SQLite), so that a handoff hands them to the bank's agent desk. Text only: cards, traces and
 * events are left out, link codes are masked, and nothing is sent anywhere by this middleware.
 */
export class TranscriptRecorder implements Middleware {
  constructor(private readonly memory: ConversationMemory) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    if (context.activity.type === 'message') await this.append(context, [entryOf(context.activity, 'user')]);
    context.onSendActivities(async (ctx, activities, sendNext): Promise<ResourceResponse[]> => {
      const said = activities.filter((a) => a.type === 'message' && a.text).map((a) => entryOf(a, 'bot'));
      if (said.length > 0) await this.append(ctx, said);
      return sendNext();
    });
    await next();
  }

  private async append(context: TurnContext, entries: TranscriptEntry[]): Promise<void> {
    const transcript = await this.memory.transcript.get(context, []);
    await this.memory.transcript.set(context, [...transcript, ...entries].slice(-TRANSCRIPT_LENGTH));
  }
}

function entryOf(activity: Partial<Activity>, role: 'user' | 'bot'): TranscriptEntry {
  return {
    type: 'message',
    text: role === 'user' ? maskLinkCodes(activity.text ?? '') : activity.text ?? '',
    timestamp: activity.timestamp,
    locale: activity.locale,
    from: { id: activity.from?.id ?? role, role },
  };
}
