import type { Activity } from 'botbuilder';
import type { RecognizedEntities } from './recognized';
import { withQuickReplies } from './replies';
import type { Texts } from './texts';

type NotAnswered = NonNullable<RecognizedEntities['notAnswered']>[number];

/**
 * What the assistant says of a request it does not answer, plainly and with what it does instead: a message
 * with no words gets the starting points (it is no failure, and never a reason to call an adviser); advice
 * or an average gets the spending insights, which show where the money goes.
 */
export function notAnsweredReply(texts: Texts, kind: NotAnswered, starting: string[]): Partial<Activity> {
  const insights = [texts.insightQuick.breakdown, texts.insightQuick.comparison, texts.quick.transactions];
  if (kind === 'nothingSaid') return withQuickReplies(texts.nothingSaid, starting);
  return withQuickReplies(kind === 'advice' ? texts.noAdvice : texts.noAverage, insights);
}
