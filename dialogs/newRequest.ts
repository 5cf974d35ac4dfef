import { recognizeChoices, type Choice, type DialogContext } from 'botbuilder-dialogs';
import type { IntentName } from '../bot/nlu/types';
import { CHOICE_RECOGNITION } from './choices';

/** Intents that start something new even while a question of ours is pending. */
const NEW_REQUESTS = new Set<IntentName>(['Balance', 'Transactions', 'Receipt', 'Delivery', 'Handoff', 'Greeting']);

/**
 * While the bot waits for a choice, a customer who asks something else ("en fait, mon solde ?") is
 * answered rather than asked again; an answer that names one of the pending choices still goes to the prompt.
 */
export function isNewRequestDuringPrompt(innerDc: DialogContext, intent: IntentName, text: string): boolean {
  if (!NEW_REQUESTS.has(intent)) return false;
  const choices = pendingChoices(innerDc);
  return choices !== undefined && recognizeChoices(text, choices, CHOICE_RECOGNITION).length === 0;
}

/** The choices of the innermost active prompt, if one is waiting. */
function pendingChoices(dc: DialogContext): Choice[] | undefined {
  let leaf: DialogContext = dc;
  while (leaf.child) leaf = leaf.child;
  const options = leaf.activeDialog?.state?.options as { choices?: Choice[] } | undefined;
  return options?.choices;
}
