import { recognizeChoices, type Choice, type DialogContext } from 'botbuilder-dialogs';
import { DATA_INTENTS, type IntentName } from '../intents';
import type { BankRecognizerResult } from '../recognized';
import { topIntentOf } from '../turnInfo';

/** Intents that start something new even while a question of ours is pending: any data question, an adviser, hello. */
const NEW_REQUESTS = new Set<IntentName>([...DATA_INTENTS, 'Handoff', 'Greeting']);
const TITLES_ONLY = { recognizeNumbers: false, recognizeOrdinals: false };
/** A data intent scored at least this high is a question of its own ("what did I get paid in November?" scores 0.97). */
const CONFIDENT = 0.8;
const DATA = new Set<string>(DATA_INTENTS);

/**
 * A data question recognized with confidence: while a choice is pending, only what names an option
 * (its title, number, order number, merchant) answers it, not a date the question happens to carry.
 */
export function isConfidentDataQuestion(result: BankRecognizerResult): boolean {
  const intent = topIntentOf(result);
  return DATA.has(intent) && (result.intents[intent]?.score ?? 0) >= CONFIDENT;
}

/**
 * "where is order AR-300918274" while a receipt choice is open: the order number names an option, but the
 * delivery words (the recognizer's `parcelQuestion`) ask about the parcel, a question of its own.
 */
export function asksWhereAParcelIs(result: BankRecognizerResult): boolean {
  return topIntentOf(result) === 'Delivery' && (result.entities.orderNumber?.length ?? 0) > 0
    && (result.entities.parcelQuestion?.length ?? 0) > 0;
}

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
