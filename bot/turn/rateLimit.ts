import type { Middleware, TurnContext } from 'botbuilder';
import type { Clock } from '../infra/clock';
import { ANY_CHANNEL, type MessageRate } from '../../data/messageRate';
import { tooManyMessagesReply } from '../../dialogs/turnReplies';

/**
 * First middleware: a chat user who sends more than the allowed activities a minute (messages, and every
 * other type: a flood of `conversationUpdate` costs as much) gets one polite answer to a message, then
 * silence until the minute is over; no recognizer, no dialog, no data read for those activities.
 * Where `channelId` is not vouched for by a channel token (local mode) it is free text, so the count is
 * kept per `from.id` whatever channel the request names.
 */
export class RateLimit implements Middleware {
  constructor(private readonly rate: MessageRate, private readonly clock: Clock, private readonly channelIdTrusted = false) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const { activity } = context;
    const user = { channelId: this.channelIdTrusted ? activity.channelId : ANY_CHANNEL, userId: activity.from.id };
    const verdict = await this.rate.count(user, this.clock.now());
    if (verdict === 'ok') return next();
    if (verdict === 'refuse' && activity.type === 'message') await context.sendActivity(tooManyMessagesReply(activity.locale));
  }
}
