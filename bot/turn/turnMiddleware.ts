import type { Middleware } from 'botbuilder';
import type { Composition } from '../infra/compose';
import type { Logger } from '../infra/logger';
import { silentLogger } from '../infra/logger';
import { TypingIndicator } from './typingIndicator';

/** Typing starts after this long without a reply, and repeats while the turn lasts (botbuilder's defaults). */
const TYPING = { delayMs: 500, periodMs: 2000 };

/**
 * The middleware every adapter runs before the bot, in order: the turn observer (one log line and the
 * metrics per turn, whatever happens inside), the per-user rate limit (a flood stops
 * before any work), the per-conversation queue (one turn of a conversation at a time, so that no state
 * change is lost), the turn's writes held to its end and committed together (`bot/turnWrites`), the typing indicator for slow answers
 * (left out in dialog tests, whose replies must not depend on timing), the transcript kept for a
 * handoff, the understanding of the message, then the conversation keeper (saves the reference for
 * proactive messages and sends the digest of updates held while the customer was away).
 */
export function turnMiddleware(composition: Composition, options: { typing: boolean; logger?: Logger }): Middleware[] {
  const typing = options.typing ? [new TypingIndicator(TYPING, options.logger ?? silentLogger)] : [];
  return [composition.turnObserver, composition.rateLimit, composition.conversationQueue, composition.turnWrites, ...typing, composition.transcriptRecorder, composition.understanding, composition.conversationKeeper];
}
