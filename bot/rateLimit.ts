import type { Middleware, TurnContext } from 'botbuilder';
import type { Clock } from './clock';
import type { MessageRate } from '../data/messageRate';
import { textsFor } from '../dialogs/texts';
import { languageOfLocale } from './language';

/**
 * First middleware: a chat user who sends more than the allowed messages a minute gets one polite answer,
 * then silence until the minute is over; no recognizer, no dialog, no data read for those messages.
 */
export class RateLimit implements Middleware {
  constructor(private readonly rate: MessageRate, private readonly clock: Clock) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    if (context.activity.type !== 'message') return next();
    const user = { channelId: context.activity.channelId, userId: context.activity.from.id };
    const verdict = this.rate.count(user, this.clock.now());
    if (verdict === 'ok') return next();
    // The recognizer has not run: the locale is the only hint of the language.
    if (verdict === 'refuse') await context.sendActivity(textsFor(languageOfLocale(context.activity.locale)).tooManyMessages);
  }
}
