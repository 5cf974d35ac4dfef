import { WaterfallDialog, type Dialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { IntentName } from '../bot/nlu/types';
import { InterruptibleDialog } from './interruptibleDialog';
import { dataRequestOf, nextPageOf } from './dataRequest';
import { startHandoff } from './handoff';
import { answerElsewhere } from './elsewhere';
import { listSizeOf } from './transactionAnswers';
import { welcomeOnFirstContact } from './welcome';
import { LINK_DIALOG } from './linkDialog';
import { PRIVACY_DIALOG } from './privacyDialog';
import { withQuickReplies } from './replies';
import type { DialogServices } from './services';
import { textsFor, type Texts } from './texts';
import { topIntentOf, turnInfo } from './turnInfo';
import { startingPoints } from './startingPoints';
import { continuationOf, type Continuation } from './withoutContext';
import { OFFER_DIALOG, OfferDialog, type Offer } from './offerDialog';

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

  constructor(private readonly services: DialogServices, dataDialogs: DataRoutes, conversationDialogs: Dialog[]) {
    super(MAIN_DIALOG);
    for (const [intent, dialog] of Object.entries(dataDialogs) as [IntentName, Dialog][]) {
      this.addDialog(dialog);
      this.dataRoutes.set(intent, dialog.id);
    }
    for (const dialog of conversationDialogs) this.addDialog(dialog);
    this.addDialog(new OfferDialog(services));
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
    if (elsewhere) return step.beginDialog(OFFER_DIALOG, answerElsewhere(this.services, step.context, elsewhere));
    // "et le mois d'avant ?" may score as "show more"; its period shift says it moves the last question.
    const request = recognized === 'ShowMore' && !info.result.entities.periodShift?.length
      ? await nextPageOf(step.context, this.services.memory, (entities) => listSizeOf(entities).size)
      : await dataRequestOf(step.context, this.services.memory, info, this.services.timeZone);
    const intent = request?.intent ?? recognized;
    const continuation = request ? undefined : continuationOf(recognized, info.result.entities);
    if (continuation) return this.nothingToBuildOn(step, continuation);
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
        return step.beginDialog(OFFER_DIALOG, { kind: 'anythingElse', text: texts.thanks } satisfies Offer);
      case 'Goodbye':
        await step.context.sendActivity(texts.goodbye);
        return step.endDialog();
      case 'Help':
        await step.context.sendActivity(withQuickReplies(texts.help, startingPoints(texts, info.link.kind === 'linked')));
        return step.endDialog();
      case 'Cancel':
        await step.context.sendActivity(texts.nothingToCancel);
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

  /** "2", "et le mois dernier ?" or "voir plus" with nothing before them: linking first, or what to ask. */
  private async nothingToBuildOn(step: WaterfallStepContext, continuation: Continuation): Promise<DialogTurnResult> {
    const info = turnInfo(step.context);
    const texts = textsFor(info.language);
    await this.services.memory.countFailure(step.context, false);
    if (info.link.kind !== 'linked') {
      const text = info.link.kind === 'expired' ? texts.linkExpired : texts.needLink;
      await step.context.sendActivity(withQuickReplies(text, [texts.quick.link, texts.quick.help]));
    } else {
      const text = continuation === 'choice' ? texts.nothingToChoose : continuation === 'followUp' ? texts.nothingToFollow : texts.noMore;
      await step.context.sendActivity(withQuickReplies(text, startingPoints(texts, true)));
    }
    return step.endDialog();
  }
}

export { startingPoints } from './startingPoints';
