import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { startHandoff } from './handoff';
import { withQuickReplies } from './replies';
import type { DialogServices } from './services';
import { startingPoints } from './welcome';
import { textsFor } from './texts';
import { turnInfo } from './turnInfo';
import { YesNoPrompt, type YesNoQuestion } from './yesNoPrompt';

export const OFFER_DIALOG = 'offerDialog';
const ANSWER = 'offerAnswer';
const STEPS = 'offerSteps';

/** What the bot offers at the end of a reply: an adviser (after a refusal), or more help ("Autre chose ?"). */
export type OfferKind = 'adviser' | 'anythingElse';

export interface Offer {
  kind: OfferKind;
  /** The reply that ends with the offer's question. */
  text: string;
}

/**
 * A reply that ends with a yes/no offer, and what "oui", "ok", "d'accord", "no thanks"… to it do: yes to
 * an adviser starts the handoff, yes to "anything else?" asks what to check; no says what can be asked
 * (or goodbye). Any other message drops the offer and is answered as it would have been without it.
 */
export class OfferDialog extends ComponentDialog {
  constructor(private readonly services: Pick<DialogServices, 'memory'>) {
    super(OFFER_DIALOG);
    this.addDialog(new YesNoPrompt(ANSWER));
    this.addDialog(new WaterfallDialog(STEPS, [this.ask.bind(this), this.act.bind(this)]));
    this.initialDialogId = STEPS;
  }

  private async ask(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const offer = step.options as Offer;
    const q = textsFor(turnInfo(step.context).language).yesNoQuick;
    const question: YesNoQuestion = { question: offer.text, yes: q.yes, no: q.no, offer: true };
    return step.prompt(ANSWER, question);
  }

  private async act(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const info = turnInfo(step.context);
    const texts = textsFor(info.language);
    const linked = info.link.kind === 'linked';
    const { kind } = step.options as Offer;
    if (kind === 'adviser' && step.result === true) {
      await startHandoff(this.services, step.context, 'requested');
    } else if (kind === 'anythingElse' && step.result === false) {
      await step.context.sendActivity(texts.goodbye);
    } else {
      const text = step.result === true ? texts.whatToCheck : texts.offerDeclined;
      await step.context.sendActivity(withQuickReplies(text, startingPoints(texts, linked)));
    }
    return step.endDialog();
  }
}
