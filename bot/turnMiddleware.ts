import { ShowTypingMiddleware, type Middleware } from 'botbuilder';
import type { Composition } from './compose';

/** Typing starts after this long without a reply, and repeats while the turn lasts (botbuilder's defaults). */
const TYPING_DELAY_MS = 500;
const TYPING_PERIOD_MS = 2000;

/**
 * The middleware every adapter runs before the bot, in order: the turn observer (one log line and the
 * metrics per turn, whatever happens inside), the per-user rate limit (a flood stops
 * before any work), the typing indicator for slow answers
 * (left out in dialog tests, whose replies must not depend on timing), the transcript kept for a
 * handoff, the understanding of the message, then the conversation keeper (saves the reference for
 * proactive messages and sends the digest of updates held while the customer was away).
 */
export function turnMiddleware(composition: Composition, options: { typing: boolean }): Middleware[] {
  const typing = options.typing ? [new ShowTypingMiddleware(TYPING_DELAY_MS, TYPING_PERIOD_MS)] : [];
  return [composition.turnObserver, composition.rateLimit, ...typing, composition.transcriptRecorder, composition.understanding, composition.conversationKeeper];
}
