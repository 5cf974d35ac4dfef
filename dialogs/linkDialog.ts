import { ComponentDialog, TextPrompt, WaterfallDialog, type WaterfallStepContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { DialogServices } from './services';
import { textsFor } from './texts';
import { setTurnInfo, turnInfo } from './turnInfo';
import type { Language } from '../data/language';
import { answerLanguageOf } from './answerLanguage';
import { withQuickReplies } from './replies';

export const LINK_DIALOG = 'linkDialog';
const CODE_PROMPT = 'linkCodePrompt';
const STEPS = 'linkSteps';

/** "link ABCD2345" / "lier ABCD2345": redeems a one-time code; asks for it when the message had none. */
export class LinkDialog extends ComponentDialog {
  constructor(private readonly services: Pick<DialogServices, 'links' | 'accounts' | 'memory' | 'lockoutMinutes'>) {
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
    const outcome = this.services.links.redeem(info.user, String(step.result), info.now, info.source);
    const texts = textsFor(outcome.kind === 'linked' ? await this.languageOnceLinked(step, outcome.customerId) : info.language);
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

  /**
   * "link 123456" says nothing of the customer's language: once linked, the conversation takes the one
   * of the bank's records, for this reply and what follows (notifications included), until a message says otherwise.
   */
  private async languageOnceLinked(step: WaterfallStepContext, customerId: string): Promise<Language> {
    const info = turnInfo(step.context);
    if (info.languageShown || (await this.services.memory.language.get(step.context))) return info.language;
    const customer = this.services.accounts.customer(customerId);
    const language = customer ? answerLanguageOf(customer.locale) : info.language;
    await this.services.memory.language.set(step.context, language);
    setTurnInfo(step.context, { ...info, language });
    return language;
  }
}
