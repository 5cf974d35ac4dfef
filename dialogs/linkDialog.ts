import { ComponentDialog, TextPrompt, WaterfallDialog, type WaterfallStepContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { DialogServices } from './services';
import { textsFor } from './texts';
import { turnInfo } from './turnInfo';
import { withQuickReplies } from './replies';

export const LINK_DIALOG = 'linkDialog';
const CODE_PROMPT = 'linkCodePrompt';
const STEPS = 'linkSteps';

/** "link ABCD2345" / "lier ABCD2345": redeems a one-time code; asks for it when the message had none. */
export class LinkDialog extends ComponentDialog {
  constructor(private readonly services: DialogServices) {
    super(LINK_DIALOG);
    this.addDialog(new TextPrompt(CODE_PROMPT));
    this.addDialog(new WaterfallDialog(STEPS, [this.askCode.bind(this), this.redeem.bind(this)]));
    this.initialDialogId = STEPS;
  }

  private async askCode(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const info = turnInfo(step.context);
    const typed = info.result.entities.linkCode?.[0];
    if (typed) return step.next(typed);
    return step.prompt(CODE_PROMPT, { prompt: textsFor(info.language).askLinkCode });
  }

  private async redeem(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const info = turnInfo(step.context);
    const texts = textsFor(info.language);
    const outcome = this.services.links.redeem(info.user, String(step.result), info.now, info.source);
    if (outcome.kind === 'linked') {
      const customer = this.services.accounts.customer(outcome.customerId);
      const firstName = customer?.name.split(' ')[0] ?? '';
      await step.context.sendActivity(withQuickReplies(texts.linked(firstName), Object.values(texts.quick).slice(0, 4)));
    } else if (outcome.kind === 'invalid') {
      await step.context.sendActivity(texts.linkInvalid(outcome.attemptsLeft));
    } else if (outcome.kind === 'slowed') {
      await step.context.sendActivity(texts.linkSlowed);
    } else {
      await step.context.sendActivity(texts.linkLocked(this.services.lockoutMinutes));
    }
    return step.endDialog();
  }
}
