import type { DialogContext, DialogInstance } from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';

/** A prompt of ours that can tell whether a message answers it, before it runs. */
export interface PendingQuestion {
  answers(context: TurnContext, options: unknown): boolean;
  /** An offer rather than a question: any other message drops it and is answered as a message of its own. */
  lapses?(options: unknown): boolean;
}

export interface Pending {
  question: PendingQuestion;
  instance: DialogInstance<{ state: { missed?: number }; options: unknown }>;
}

/** The innermost active dialog, when it is one of our questions waiting for an answer. */
export function pendingQuestion(dc: DialogContext): Pending | undefined {
  let leaf: DialogContext = dc;
  while (leaf.child) leaf = leaf.child;
  const instance = leaf.activeDialog;
  const dialog = instance ? leaf.findDialog(instance.id) : undefined;
  if (!instance || !dialog || typeof (dialog as Partial<PendingQuestion>).answers !== 'function') return undefined;
  return { question: dialog as unknown as PendingQuestion, instance: instance as Pending['instance'] };
}

/** Counts a message that answered nothing; returns how many in a row. */
export function countMiss(pending: Pending): number {
  const state = pending.instance.state.state;
  state.missed = (state.missed ?? 0) + 1;
  return state.missed;
}
