import type { TurnContext } from 'botbuilder';
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { auditAccess } from './auditAccess';
import { describeRecords } from './privacyRecords';
import { auditLines } from './auditSummary';
import { withQuickReplies } from './replies';
import type { DialogServices } from './services';
import { textsFor, type Texts } from './texts';
import { turnInfo } from './turnInfo';
import { YesNoPrompt, type YesNoQuestion } from './yesNoPrompt';

export const PRIVACY_DIALOG = 'privacyDialog';
const ERASE_CHOICE = 'privacyEraseChoice';
const STEPS = 'privacySteps';

/** Forgets what botbuilder keeps for this turn's conversation and user (`BotState.delete`). */
export type ForgetTurnState = (context: TurnContext) => Promise<void>;

/**
 * The customer's rights over what the assistant keeps: see it ("what do you know about me?"), erase it
 * after a confirmation ("delete my data"), see who accessed their bank data ("who looked at my data?"), and
 * know with whom it is shared ("who do you share my data with?").
 */
export class PrivacyDialog extends ComponentDialog {
  constructor(private readonly services: Pick<DialogServices, 'chatUserRecords' | 'audit' | 'timeZone'>, private readonly forgetTurnState: ForgetTurnState) {
    super(PRIVACY_DIALOG);
    this.addDialog(new YesNoPrompt(ERASE_CHOICE));
    this.addDialog(new WaterfallDialog(STEPS, [this.start.bind(this), this.erase.bind(this)]));
    this.initialDialogId = STEPS;
  }

  private async start(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const info = turnInfo(step.context);
    const texts = textsFor(info.language);
    const wanted = info.result.entities.privacy?.[0] ?? 'show';
    if (wanted === 'audit') return this.showAudit(step, texts);
    if (wanted === 'sharing') {
      await step.context.sendActivity(withQuickReplies(texts.privacySharing, [texts.privacyQuick.erase, texts.privacyQuick.audit]));
      return step.endDialog();
    }
    if (wanted === 'show') {
      const lines = await describeRecords(this.services.chatUserRecords, info.user, texts, info.language, this.services.timeZone);
      await step.context.sendActivity(withQuickReplies([texts.privacyIntro, texts.privacyConversation, ...lines].join('\n'),
        [texts.privacyQuick.erase, texts.privacyQuick.audit]));
      return step.endDialog();
    }
    const q = texts.privacyQuick;
    const confirm: YesNoQuestion = { question: texts.privacyConfirmErase, yes: q.yes, no: q.no, offer: false };
    return step.prompt(ERASE_CHOICE, confirm);
  }

  private async erase(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const info = turnInfo(step.context);
    const texts = textsFor(info.language);
    if (step.result !== true) {
      await step.context.sendActivity(texts.privacyKept);
      return step.endDialog();
    }
    // The link is one of the records: erasing them all unlinks the chat.
    for (const records of this.services.chatUserRecords) await records.erase(info.user);
    await step.context.sendActivity(withQuickReplies(texts.privacyErased, [texts.quick.link, texts.quick.help]));
    // Last: nothing this turn may write the conversation back once it is forgotten.
    await this.forgetTurnState(step.context);
    return step.endDialog();
  }

  private async showAudit(step: WaterfallStepContext, texts: Texts): Promise<DialogTurnResult> {
    const info = turnInfo(step.context);
    if (info.link.kind !== 'linked') {
      await step.context.sendActivity(withQuickReplies(info.link.kind === 'expired' ? texts.linkExpired : texts.needLink,
        [texts.quick.link, texts.quick.help]));
      return step.endDialog();
    }
    const entries = await this.services.audit.entries(info.link.customerId);
    // Reading the access log is itself an access to the customer's data, recorded after the list is read.
    await auditAccess(this.services, step.context, info.link.customerId, 'Privacy', []);
    if (entries.length === 0) {
      await step.context.sendActivity(texts.privacyAuditNone);
      return step.endDialog();
    }
    const lines = auditLines(entries, info.language, this.services.timeZone, info.now);
    await step.context.sendActivity([texts.privacyAuditIntro, ...lines].join('\n'));
    return step.endDialog();
  }
}
