import type { IntentName } from './intents';
import type { RecognizedEntities } from './recognized';

/** What a message that builds on something shown before refers to. */
export type Continuation = 'choice' | 'followUp' | 'more';

/** Intents whose own words decide the answer, whatever else the message says. */
const OWN_ANSWER = new Set<IntentName>(['LinkAccount', 'Unlink', 'Privacy', 'Handoff', 'Help', 'Notifications']);
const SLOTS = ['period', 'account', 'merchant', 'category', 'orderNumber', 'amount'] as const;

/**
 * A message that only makes sense after an earlier answer: a choice ("2", "la deuxième", "the second
 * one"), a follow-up ("et le mois dernier ?", "and the month before?") or "voir plus". Called when no data
 * request came of it, so there is nothing for it to build on: it gets told so, never read as a goodbye,
 * a cancel or a request the bot does not understand.
 */
export function continuationOf(intent: IntentName, entities: RecognizedEntities): Continuation | undefined {
  // "and cancel my Amazon order" builds on nothing: it is a request the bot refuses.
  if (OWN_ANSWER.has(intent) || entities.readOnlyAction?.length) return undefined;
  if (entities.reference?.some((r) => r.kind === 'position')) return 'choice';
  if (entities.periodShift?.length) return 'followUp';
  if (entities.followUp?.length && SLOTS.some((slot) => (entities[slot]?.length ?? 0) > 0)) return 'followUp';
  return intent === 'ShowMore' ? 'more' : undefined;
}
