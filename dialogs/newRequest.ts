import { recognizeChoices, type Choice, type DialogContext } from 'botbuilder-dialogs';
import { DATA_INTENTS, type IntentName } from './intents';

/** Intents that start something new even while a question of ours is pending: any data question, an adviser, hello. */
const NEW_REQUESTS = new Set<IntentName>([...DATA_INTENTS, 'Handoff', 'Greeting']);
const TITLES_ONLY = { recognizeNumbers: false, recognizeOrdinals: false };

/**
 * For botbuilder's own choice prompts (the erase confirmation): a customer who asks something else ("en
 * fait, mon solde ?") is answered rather than asked again; an answer naming one of the choices still goes
 * to the prompt. Our own questions say themselves whether a message answers them (`PendingQuestion`).
 */
export function isNewRequestDuringPrompt(innerDc: DialogContext, intent: IntentName, text: string): boolean {
  if (!NEW_REQUESTS.has(intent)) return false;
  const choices = pendingChoices(innerDc);
  return choices !== undefined && recognizeChoices(text, choices, TITLES_ONLY).length === 0;
}

/** The choices of the innermost active prompt, if one is waiting. */
function pendingChoices(dc: DialogContext): Choice[] | undefined {
  let leaf: DialogContext = dc;
  while (leaf.child) leaf = leaf.child;
  const options = leaf.activeDialog?.state?.options as { choices?: Choice[] } | undefined;
  return options?.choices;
}
