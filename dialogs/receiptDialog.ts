import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type FoundChoice, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { Receipt, ReceiptFilter } from '../data/types';
import { localDate } from '../data/time';
import { accountsOf, auditAccess } from './auditAccess';
import { receiptCardActivity, receiptText } from './cards/receiptCard';
import { supportsReceiptCards } from './channels';
import { requestOfStep } from './conversation/dataRequest';
import { formatShortDay } from './format/dates';
import { formatMoney } from './format/money';
import { OptionPrompt, optionQuestion } from './conversation/optionPrompt';
import { withQuickReplies } from './replies';
import type { DialogServices } from './services';
import { textsFor, type Texts } from './texts';
import { distinct } from './format/distinct';
import { linkedCustomerId, turnInfo, type TurnInfo } from './turnInfo';

export const RECEIPT_DIALOG = 'receiptDialog';
const PURCHASE_CHOICE = 'receiptPurchaseChoice';
const STEPS = 'receiptSteps';
const MAX_OPTIONS = 5;
/** Receipts shown at once when a number is asked ("my 3 latest receipts"): a phone screen's worth. */
const MAX_SHOWN = 5;

/**
 * "Show me the receipt of my Fnac purchase": found by merchant, order number, date or recency, shown as
 * a receipt card (text where cards do not render). Several matches are offered as a choice.
 */
export class ReceiptDialog extends ComponentDialog {
  constructor(private readonly services: Pick<DialogServices, 'receipts' | 'audit' | 'timeZone' | 'memory'>) {
    super(RECEIPT_DIALOG);
    this.addDialog(new OptionPrompt(PURCHASE_CHOICE));
    this.addDialog(new WaterfallDialog(STEPS, [this.findPurchase.bind(this), this.showReceipt.bind(this)]));
    this.initialDialogId = STEPS;
  }

  private async findPurchase(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const info = turnInfo(step.context);
    const texts = textsFor(info.language);
    const request = requestOfStep(step.options, info, 'Receipt');
    const filter: ReceiptFilter = {
      merchant: request.entities.merchant?.[0],
      period: request.entities.period?.[0],
      orderNumber: request.entities.orderNumber?.[0],
      // "et celle d'avant ?": the receipt bought just before the one shown.
      purchasedBefore: request.entities.reference?.[0]?.kind === 'previous' ? request.receiptShownAt : undefined,
    };
    const asked = request.entities.count?.[0] ?? 0;
    const found = await this.services.receipts.find(linkedCustomerId(info) as string, filter, Math.max(MAX_OPTIONS, asked));
    if (found.length === 0) {
      await step.context.sendActivity(withQuickReplies(await this.noneFound(linkedCustomerId(info) as string, filter, texts),
        [texts.quick.receipts, texts.quick.deliveries]));
      return step.endDialog();
    }
    // "my 2 latest receipts": that many receipts, newest first, one card each.
    if (asked > 1) {
      await this.showReceipts(step, found.slice(0, Math.min(asked, MAX_SHOWN)));
      return step.endDialog();
    }
    if (found.length === 1 || request.entities.reference?.[0]?.kind === 'latest' || filter.purchasedBefore) {
      return step.next({ value: found[0].id } as Partial<FoundChoice>);
    }
    auditAccess(this.services, step.context, linkedCustomerId(info) as string, 'Receipt', accountsOf(found));
    // "mes derniers reçus", "my receipts": the recent ones, listed as such; a shop or a date that several match, a choice.
    const recent = request.entities.reference?.[0]?.kind === 'recent' || (!filter.merchant && !filter.period && !filter.orderNumber);
    return step.prompt(PURCHASE_CHOICE, optionQuestion(recent ? texts.recentReceipts : texts.whichPurchase, found.map((r) => ({
      id: r.id,
      title: `${r.merchant} ${formatShortDay(r.purchasedAt, info.language, this.services.timeZone, info.now)}`,
      line: purchaseLine(r, info, this.services.timeZone),
      day: localDate(new Date(r.purchasedAt), this.services.timeZone),
      names: [r.merchant, r.orderNumber],
    }))));
  }

  /**
   * A shop with no receipt at all is said so, with the shops of the latest receipts; a shop that has some,
   * only not at the date asked, gets the plain "none matches".
   */
  private async noneFound(customerId: string, filter: ReceiptFilter, texts: Texts): Promise<string> {
    const { merchant } = filter;
    if (filter.purchasedBefore) return texts.noEarlierReceipt;
    if (!merchant || (await this.services.receipts.find(customerId, { merchant }, 1)).length > 0) return texts.noReceipt;
    const latest = await this.services.receipts.find(customerId, {}, MAX_OPTIONS);
    return texts.noReceiptAt(merchant, distinct(latest.map((r) => r.merchant)), latest.length);
  }

  private async showReceipt(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const info = turnInfo(step.context);
    const customerId = linkedCustomerId(info) as string;
    const receipt = await this.services.receipts.receipt(customerId, (step.result as FoundChoice).value);
    if (receipt) await this.showReceipts(step, [receipt]);
    return step.endDialog();
  }

  /** The oldest receipt shown, for a following "et celle d'avant ?". */
  private async rememberShown(step: WaterfallStepContext, oldest: Receipt): Promise<void> {
    const memory = this.services.memory.lastRequest;
    const last = await memory.get(step.context);
    const request = last?.intent === 'Receipt' ? last : requestOfStep(undefined, turnInfo(step.context), 'Receipt');
    await memory.set(step.context, { ...request, receiptShownAt: oldest.purchasedAt });
  }

  /** Each receipt as a card (text where cards do not render); the next questions come with the last one. */
  private async showReceipts(step: WaterfallStepContext, receipts: Receipt[]): Promise<void> {
    const info = turnInfo(step.context);
    const customerId = linkedCustomerId(info) as string;
    await auditAccess(this.services, step.context, customerId, 'Receipt', accountsOf(receipts));
    await this.rememberShown(step, receipts[receipts.length - 1]);
    const view = { language: info.language, timeZone: this.services.timeZone, now: info.now };
    const texts = textsFor(info.language);
    const next = [texts.quick.deliveries, texts.quick.transactions];
    for (const [i, receipt] of receipts.entries()) {
      const replies = i === receipts.length - 1 ? next : [];
      if (supportsReceiptCards(step.context.activity.channelId)) {
        const card = receiptCardActivity(receipt, view);
        await step.context.sendActivity({ ...card, suggestedActions: withQuickReplies('', replies).suggestedActions });
      } else {
        await step.context.sendActivity(withQuickReplies(receiptText(receipt, view), replies));
      }
    }
  }
}

function purchaseLine(receipt: Receipt, info: TurnInfo, timeZone: string): string {
  const day = formatShortDay(receipt.purchasedAt, info.language, timeZone, info.now);
  return textsFor(info.language).purchaseLine(receipt.merchant, day, formatMoney(receipt.totalCents, receipt.currency, info.language), receipt.orderNumber);
}
