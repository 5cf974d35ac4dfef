import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type FoundChoice, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { Delivery } from '../data/types';
import { accountsOf, auditAccess } from './auditAccess';
import { deliveryDetail, deliveryLine } from './deliveryText';
import { requestOfStep } from './conversation/dataRequest';
import { distinct } from './format/distinct';
import { OptionPrompt, optionQuestion } from './conversation/optionPrompt';
import { withQuickReplies } from './replies';
import type { DialogServices } from './services';
import { textsFor } from './texts';
import { linkedCustomerId, turnInfo, type TurnInfo } from './turnInfo';

export const DELIVERY_DIALOG = 'deliveryDialog';
const ORDER_CHOICE = 'deliveryOrderChoice';
const STEPS = 'deliverySteps';

/**
 * "When will my Boulanger order arrive?": one order named by merchant or number gets its status and
 * date; several matching orders are offered as a choice; no order named lists the parcels under way.
 */
export class DeliveryDialog extends ComponentDialog {
  constructor(private readonly services: Pick<DialogServices, 'deliveries' | 'audit' | 'timeZone'>) {
    super(DELIVERY_DIALOG);
    this.addDialog(new OptionPrompt(ORDER_CHOICE));
    this.addDialog(new WaterfallDialog(STEPS, [this.findOrder.bind(this), this.showDelivery.bind(this)]));
    this.initialDialogId = STEPS;
  }

  private async findOrder(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const info = turnInfo(step.context);
    const texts = textsFor(info.language);
    const customerId = linkedCustomerId(info) as string;
    const request = requestOfStep(step.options, info, 'Delivery');
    const merchant = request.entities.merchant?.[0];
    const orderNumber = request.entities.orderNumber?.[0];
    if (!merchant && !orderNumber) return this.listUnderWay(step, info, customerId);

    // A parcel on its way is what "where is my order" is about; delivered ones count only when none is.
    const matching = await this.services.deliveries.find(customerId, { merchant, orderNumber });
    const underWay = matching.filter((d) => d.status !== 'delivered');
    const found = underWay.length > 0 ? underWay : matching;
    if (found.length === 0 && orderNumber && !merchant) return this.noSuchNumber(step, info, customerId, orderNumber);
    if (found.length === 0) {
      // Said as such, then the shops of the parcels on their way: never those parcels as if they answered.
      const underWayNow = merchant ? await this.services.deliveries.underWay(customerId) : [];
      const text = merchant ? texts.noOrderAt(merchant, distinct(underWayNow.map((d) => d.merchant)), underWayNow.length) : texts.noOrder;
      await step.context.sendActivity(withQuickReplies(text, [texts.quick.deliveries]));
      return step.endDialog();
    }
    if (found.length === 1) return step.next({ value: found[0].id } as Partial<FoundChoice>);
    if (request.entities.reference?.[0]?.kind === 'latest') return step.next({ value: newest(found).id } as Partial<FoundChoice>);
    return step.prompt(ORDER_CHOICE, optionQuestion(texts.whichOrder, found.map((d) => ({
      id: d.id, title: `${d.merchant} ${d.orderNumber}`, line: deliveryLine(d, info, this.services.timeZone),
      day: d.estimatedDelivery ?? undefined, names: [d.merchant, d.orderNumber],
    }))));
  }

  private async showDelivery(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const info = turnInfo(step.context);
    const customerId = linkedCustomerId(info) as string;
    const delivery = await this.services.deliveries.delivery(customerId, (step.result as FoundChoice).value);
    if (!delivery) return step.endDialog();
    await auditAccess(this.services, step.context, customerId, 'Delivery', [delivery.accountId]);
    const texts = textsFor(info.language);
    await step.context.sendActivity(withQuickReplies(deliveryDetail(delivery, info, this.services.timeZone),
      [texts.quick.deliveries, texts.quick.receipts]));
    return step.endDialog();
  }

  private async listUnderWay(step: WaterfallStepContext, info: TurnInfo, customerId: string): Promise<DialogTurnResult> {
    if (info.result.entities.deliveryScope?.includes('all')) return this.listRecent(step, info, customerId);
    const underWay = await this.services.deliveries.underWay(customerId);
    if (underWay.length === 1) return step.next({ value: underWay[0].id } as Partial<FoundChoice>);
    return this.sendUnderWay(step, info, customerId, underWay);
  }

  /**
   * "quand arrive la commande numéro 12345" with no such order of hers: said plainly first, then what is on
   * its way (a mistyped number is often one of those), never those parcels as if they were the one asked.
   */
  private async noSuchNumber(step: WaterfallStepContext, info: TurnInfo, customerId: string, orderNumber: string): Promise<DialogTurnResult> {
    const underWay = await this.services.deliveries.underWay(customerId);
    return this.sendUnderWay(step, info, customerId, underWay, textsFor(info.language).noOrderNumbered(orderNumber));
  }

  private async sendUnderWay(
    step: WaterfallStepContext, info: TurnInfo, customerId: string, underWay: Delivery[], first?: string,
  ): Promise<DialogTurnResult> {
    const texts = textsFor(info.language);
    await auditAccess(this.services, step.context, customerId, 'Delivery', accountsOf(underWay));
    const list = underWay.length === 0
      ? texts.noneUnderWay
      : [texts.underWayIntro, ...underWay.map((d) => `• ${deliveryLine(d, info, this.services.timeZone)}`)].join('\n');
    const text = first ? `${first}\n${list}` : list;
    await step.context.sendActivity(withQuickReplies(text, [texts.quick.receipts, texts.quick.transactions]));
    return step.endDialog();
  }

  /** "Toutes mes livraisons": the parcels on their way, then those delivered in the last days. */
  private async listRecent(step: WaterfallStepContext, info: TurnInfo, customerId: string): Promise<DialogTurnResult> {
    const texts = textsFor(info.language);
    const recent = await this.services.deliveries.recent(customerId, new Date(info.now.getTime() - RECENT_DAYS * DAY_MS));
    await auditAccess(this.services, step.context, customerId, 'Delivery', accountsOf(recent));
    const text = recent.length === 0
      ? texts.noneRecent(RECENT_DAYS)
      : [texts.recentIntro(RECENT_DAYS, recent.length), ...recent.map((d) => `• ${deliveryLine(d, info, this.services.timeZone)}`)].join('\n');
    await step.context.sendActivity(withQuickReplies(text, [texts.quick.receipts, texts.quick.transactions]));
    return step.endDialog();
  }
}
/** How far back "all my deliveries" looks for parcels already delivered. */
const RECENT_DAYS = 30;
const DAY_MS = 86_400_000;

/** The order placed last: its estimated date is the latest (delivered ones have a date too). */
function newest(deliveries: Delivery[]): Delivery {
  return deliveries[deliveries.length - 1];
}
