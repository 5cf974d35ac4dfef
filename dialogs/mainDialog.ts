import { WaterfallDialog, type Dialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { IntentName } from '../bot/nlu/types';
import { InterruptibleDialog } from './interruptibleDialog';
import { dataRequestOf, nextPageOf } from './dataRequest';
import { startHandoff } from './handoff';
import { answerElsewhere } from './elsewhere';
import { PAGE_SIZE } from './transactionAnswers';
import { welcomeOnFirstContact } from './welcome';
import { LINK_DIALOG } from './linkDialog';
import { PRIVACY_DIALOG } from './privacyDialog';
import { withQuickReplies } from './replies';
import type { DialogServices } from './services';
import { textsFor, type Texts } from './texts';
import { topIntentOf, turnInfo } from './turnInfo';

export const MAIN_DIALOG = 'mainDialog';
const ROUTE = 'mainRoute';

/** Data intents and the dialog that serves each; they need a linked customer. */
export type DataRoutes = Partial<Record<IntentName, Dialog>>;

/**
 * Routes each new request to the dialog of its intent. It is the only dialog started from the bot, so
 * the interruptions of its base class apply to every dialog below it.
 */
export class MainDialog extends InterruptibleDialog {
  private readonly dataRoutes = new Map<IntentName, string>();

  constructor(private readonly services: Pick<DialogServices, 'links' | 'memory' | 'timeZone' | 'helpElsewhere'>, dataDialogs: DataRoutes, conversationDialogs: Dialog[]) {
    super(MAIN_DIALOG);
    for (const [intent, dialog] of Object.entries(dataDialogs) as [IntentName, Dialog][]) {
      this.addDialog(dialog);
      this.dataRoutes.set(intent, dialog.id);
    }
    for (const dialog of conversationDialogs) this.addDialog(dialog);
    this.addDialog(new WaterfallDialog(ROUTE, [this.route.bind(this)]));
    this.initialDialogId = ROUTE;
  }

  private async route(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const info = turnInfo(step.context);
    const texts = textsFor(info.language);
    const recognized = topIntentOf(info.result);
    if (await welcomeOnFirstContact(this.services, step.context, recognized, startingPoints(texts, info.link.kind === 'linked'))) {
      return step.endDialog();
    }
    const elsewhere = info.result.entities.elsewhere?.[0];
    if (elsewhere) {
      await answerElsewhere(this.services, step.context, elsewhere);
      return step.endDialog();
    }
    // "et le mois d'avant ?" may score as "show more"; its period shift says it moves the last question.
    const request = recognized === 'ShowMore' && !info.result.entities.periodShift?.length
      ? await nextPageOf(step.context, this.services.memory, PAGE_SIZE)
      : await dataRequestOf(step.context, this.services.memory, info, this.services.timeZone);
    const intent = request?.intent ?? recognized;
    const failures = await this.services.memory.countFailure(step.context, intent === 'None');
    const dataDialog = this.dataRoutes.get(intent);
    if (dataDialog) {
      if (info.link.kind === 'linked') return step.beginDialog(dataDialog, request ?? undefined);
      const text = info.link.kind === 'expired' ? texts.linkExpired : texts.needLink;
      await step.context.sendActivity(withQuickReplies(text, [texts.quick.link, texts.quick.help]));
      return step.endDialog();
    }
    switch (intent) {
      case 'LinkAccount':
        return step.beginDialog(LINK_DIALOG);
      case 'Privacy':
        return step.beginDialog(PRIVACY_DIALOG);
      case 'Unlink':
        await step.context.sendActivity(this.services.links.unlink(info.user) ? texts.unlinked : texts.notLinked);
        return step.endDialog();
      case 'Greeting':
        await step.context.sendActivity(withQuickReplies(texts.greeting, startingPoints(texts, info.link.kind === 'linked')));
        return step.endDialog();
      case 'Thanks':
        await step.context.sendActivity(texts.thanks);
        return step.endDialog();
      case 'Goodbye':
        await step.context.sendActivity(texts.goodbye);
        return step.endDialog();
      case 'Help':
        await step.context.sendActivity(withQuickReplies(texts.help, startingPoints(texts, info.link.kind === 'linked')));
        return step.endDialog();
      case 'Cancel':
        await step.context.sendActivity(texts.nothingToCancel);
        return step.endDialog();
      case 'ShowMore':
        await step.context.sendActivity(withQuickReplies(texts.noMore, startingPoints(texts, info.link.kind === 'linked')));
        return step.endDialog();
      case 'Handoff':
        await startHandoff(this.services, step.context, 'requested');
        return step.endDialog();
      default:
        if (failures >= 2) {
          await startHandoff(this.services, step.context, 'notUnderstood');
          return step.endDialog();
        }
        await step.context.sendActivity(withQuickReplies(texts.notUnderstood, [...startingPoints(texts, info.link.kind === 'linked'), texts.moreQuick.adviser]));
        return step.endDialog();
    }
  }
}

/** The quick replies that open a conversation: what the bot can do, or how to start when unlinked. */
export function startingPoints(texts: Texts, linked: boolean): string[] {
  const q = texts.quick;
  return linked ? [q.balance, q.transactions, q.receipts, q.deliveries, q.help] : [q.link, q.help];
}
