import type { Middleware, TurnContext } from 'botbuilder';
import type { Logger } from '../infra/logger';
import { findTurnInfo, topIntentOf } from '../../dialogs/turnInfo';
import type { BotMetrics } from './metrics';

/**
 * The outermost middleware: one JSON line per turn (`msg: "turn"`) and the turn metrics. It writes what
 * operators need and nothing a customer said or owns: the intent, the language, whether the chat is
 * linked, the outcome and the time (the request id is added by the logger).
 */
export class TurnObserver implements Middleware {
  constructor(private readonly metrics: BotMetrics, private readonly logger: Logger) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const started = process.hrtime.bigint();
    let outcome = 'answered';
    try {
      await next();
    } catch (error) {
      outcome = 'error';
      throw error;
    } finally {
      this.observe(context, outcome, Number(process.hrtime.bigint() - started) / 1e9);
    }
  }

  private observe(context: TurnContext, outcome: string, seconds: number): void {
    const { type, channelId: channel, id: turn } = context.activity;
    const info = type === 'message' ? findTurnInfo(context) : undefined;
    // A message the rate limit stopped was never read: it has no intent.
    const finalOutcome = type === 'message' && !info && outcome === 'answered' ? 'rate-limited' : outcome;
    const intent = info ? topIntentOf(info.result) : undefined;
    if (type === 'message') {
      this.metrics.turns.inc({ intent: intent ?? 'unread', channel, outcome: finalOutcome });
      this.metrics.turnDuration.observe({ channel }, seconds);
      if (info) this.metrics.recognized.inc({ language: info.language, result: intent === 'None' ? 'none' : 'intent' });
    }
    this.logger.info({
      turn, type, channel, intent, language: info?.language, linked: info?.link.kind, outcome: finalOutcome,
      ms: Math.round(seconds * 1000),
    }, 'turn');
  }
}
