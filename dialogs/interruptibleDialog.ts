import { ComponentDialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { IntentName } from './intents';
import { textsFor } from './texts';
import { topIntentOf, turnInfo, type TurnInfo } from './turnInfo';
import { withQuickReplies } from './replies';
import { asksWhereAParcelIs, isNewRequestDuringPrompt } from './conversation/newRequest';
import { countMiss, pendingQuestion, type Pending } from './conversation/pendingQuestion';

/** After this many messages in a row that answer nothing, a question is dropped rather than asked again. */
const MISSES_BEFORE_DROPPING = 2;

/** Intents that never start something new: the message is about the pending question itself. */
const ABOUT_THE_QUESTION = new Set<IntentName>(['None', 'Help', 'Cancel']);

/**
 * The one place where "help" and "cancel" interrupt whatever is in progress, including a prompt
 * waiting for an answer. Help answers and asks the pending question again; cancel ends everything.
 * A pending question of ours never traps: an answer goes to it, a new question abandons it and is
 * answered, and after a second message that answers nothing it is dropped.
 */
export abstract class InterruptibleDialog extends ComponentDialog {
  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const interrupted = await this.interrupt(innerDc);
    return interrupted ?? super.onContinueDialog(innerDc);
  }

  private async interrupt(innerDc: DialogContext): Promise<DialogTurnResult | undefined> {
    const info = turnInfo(innerDc.context);
    const intent = topIntentOf(info.result);
    const pending = pendingQuestion(innerDc);
    if (pending) {
      const options = pending.instance.state.options;
      if (pending.question.answers(innerDc.context, options) && !asksWhereAParcelIs(info.result)) return undefined;
      if (startsSomethingElse(intent, info)) return this.restart(innerDc);
      // An offer is not asked again: "aide" or another message after it is answered as if it had not been made.
      if (pending.question.lapses?.(options) && intent !== 'Cancel') return this.restart(innerDc);
    } else if (isNewRequestDuringPrompt(innerDc, intent, info.result.text)) {
      return this.restart(innerDc);
    }
    const texts = textsFor(info.language);
    switch (intent) {
      case 'Cancel':
        await innerDc.context.sendActivity(withQuickReplies(texts.cancelled, Object.values(texts.quick).slice(0, 4)));
        return innerDc.cancelAllDialogs();
      case 'Help':
        await innerDc.context.sendActivity(texts.help);
        await innerDc.repromptDialog();
        return ComponentDialog.EndOfTurn;
      default:
        return pending ? this.dropAfterMisses(innerDc, pending) : undefined;
    }
  }

  private async restart(innerDc: DialogContext): Promise<DialogTurnResult> {
    await innerDc.cancelAllDialogs();
    return innerDc.beginDialog(this.initialDialogId as string);
  }

  /** The first miss lets the prompt ask again (with how to answer); the second drops the question. */
  private async dropAfterMisses(innerDc: DialogContext, pending: Pending): Promise<DialogTurnResult | undefined> {
    if (countMiss(pending) < MISSES_BEFORE_DROPPING) return undefined;
    const texts = textsFor(turnInfo(innerDc.context).language);
    await innerDc.context.sendActivity(withQuickReplies(texts.question.dropped, Object.values(texts.quick).slice(0, 4)));
    return innerDc.cancelAllDialogs();
  }
}

/** A message that is a request of its own, or a follow-up of the last question ("et en octobre ?"). */
function startsSomethingElse(intent: IntentName, info: TurnInfo): boolean {
  const { followUp, periodShift } = info.result.entities;
  return !ABOUT_THE_QUESTION.has(intent) || (followUp?.length ?? 0) > 0 || (periodShift?.length ?? 0) > 0;
}
