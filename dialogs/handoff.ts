import { EventFactory, type Activity, type TurnContext } from 'botbuilder';
import type { DialogServices } from './services';
import { textsFor } from './texts';
import { linkedCustomerId, turnInfo } from './turnInfo';
import { withQuickReplies } from './replies';

export type HandoffReason = 'requested' | 'notUnderstood';

/**
 * Hands the conversation to a person: the Bot Framework `handoff.initiate` event, carrying the recent
 * transcript for the bank's agent desk, then a message saying what happens next.
 */
export async function startHandoff(services: Pick<DialogServices, 'memory'>, context: TurnContext, reason: HandoffReason): Promise<void> {
  const info = turnInfo(context);
  const texts = textsFor(info.language);
  const customerId = linkedCustomerId(info);
  // Only a linked customer's own exchange goes to the desk; an unlinked chat user's words prove nothing about whom they speak for.
  const activities = customerId ? await services.memory.recentMessages.of(context) : [];
  const handoffContext = { reason, language: info.language, customerId };
  // The schema types a transcript as full activities; an adviser needs only who said what, and when.
  const transcript = { activities: activities as Partial<Activity>[] as Activity[] };
  await context.sendActivity(EventFactory.createHandoffInitiation(context, handoffContext, transcript));
  await services.memory.failuresInARow.set(context, 0);
  const text = reason === 'requested' ? texts.handoff : texts.handoffAfterFailures;
  await context.sendActivity(withQuickReplies(text, [texts.quick.help]));
}
