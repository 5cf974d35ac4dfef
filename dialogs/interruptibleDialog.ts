import { ComponentDialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { textsFor } from './texts';
import { topIntentOf, turnInfo } from './turnInfo';
import { withQuickReplies } from './replies';
import { isNewRequestDuringPrompt } from './newRequest';

/**
 * The one place where "help" and "cancel" interrupt whatever is in progress, including a prompt
 * waiting for an answer. Help answers and asks the pending question again; cancel ends everything.
 */
export abstract class InterruptibleDialog extends ComponentDialog {
  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const interrupted = await this.interrupt(innerDc);
    return interrupted ?? super.onContinueDialog(innerDc);
  }

  private async interrupt(innerDc: DialogContext): Promise<DialogTurnResult | undefined> {
    const info = turnInfo(innerDc.context);
    const texts = textsFor(info.language);
    const intent = topIntentOf(info.result);
    if (isNewRequestDuringPrompt(innerDc, intent, info.result.text)) {
      await innerDc.cancelAllDialogs();
      return innerDc.beginDialog(this.initialDialogId as string);
    }
    switch (intent) {
      case 'Cancel':
        await innerDc.context.sendActivity(withQuickReplies(texts.cancelled, Object.values(texts.quick).slice(0, 4)));
        return innerDc.cancelAllDialogs();
      case 'Help':
        await innerDc.context.sendActivity(texts.help);
        await innerDc.repromptDialog();
        return ComponentDialog.EndOfTurn;
      default:
        return undefined;
    }
  }
}
