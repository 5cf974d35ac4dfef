import { ActivityTypes, TurnContext, type Middleware } from 'botbuilder';
import type { Logger } from '../infra/logger';

export interface TypingTiming {
  /** Typing starts after this long without the turn ending. */
  delayMs: number;
  /** And repeats this often while it lasts. */
  periodMs: number;
}

/**
 * "Typing…" on slow turns, in place of botbuilder's `ShowTypingMiddleware`: that one hands a failed
 * send to `onTurnError` with the turn's context, which is revoked once the turn has ended, and the
 * `TypeError` then escapes in a timer and stops the process. Here a typing indicator is a courtesy:
 * nothing is sent once the turn is over, the first refusal stops the indicator for the turn, and every
 * failure, early or late, is logged and dropped without touching the context again.
 */
export class TypingIndicator implements Middleware {
  constructor(private readonly timing: TypingTiming, private readonly logger: Logger) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    if (context.activity.type !== ActivityTypes.Message) return next();
    const turn = context.activity.id;
    let finished = false;
    let timer: NodeJS.Timeout | undefined;
    const schedule = (delay: number) => {
      timer = setTimeout(() => {
        if (finished) return;
        this.send(context, turn, () => finished).then((sent) => {
          if (sent && !finished) schedule(this.timing.periodMs);
        }, () => undefined);
      }, delay);
      timer.unref();
    };
    schedule(this.timing.delayMs);
    try {
      await next();
    } finally {
      finished = true;
      clearTimeout(timer);
    }
  }

  /** Sends one indicator through the adapter (not the turn's handlers); true when the channel took it. */
  private async send(context: TurnContext, turn: string | undefined, finished: () => boolean): Promise<boolean> {
    try {
      if (finished()) return false;
      const reference = TurnContext.getConversationReference(context.activity);
      const typing = TurnContext.applyConversationReference({ type: ActivityTypes.Typing, relatesTo: context.activity.relatesTo }, reference);
      await context.adapter.sendActivities(context, [typing]);
      return true;
    } catch (error) {
      this.logger.warn({ turn, error: (error as Error)?.name, late: finished() }, 'typing indicator dropped');
      return false;
    }
  }
}
