import { CardFactory, MessageFactory, type Activity } from 'botbuilder';
import type { Language } from '../../data/language';
import type { Receipt } from '../../data/types';
import { dayOf, formatDay } from '../format/dates';
import { maskPaymentMethod } from '../format/mask';
import { formatMoney } from '../format/money';
import { textsFor } from '../texts';

export interface ReceiptView {
  language: Language;
  timeZone: string;
  now: Date;
}

/**
 * A receipt as a Bot Framework receipt card (application/vnd.microsoft.card.receipt), which Messenger
 * renders as its receipt template. Item prices are unit prices, beside their quantity.
 */
export function receiptCardActivity(receipt: Receipt, view: ReceiptView): Partial<Activity> {
  const texts = textsFor(view.language);
  const money = (cents: number) => formatMoney(cents, receipt.currency, view.language);
  const card = CardFactory.receiptCard({
    title: texts.receiptTitle(receipt.merchant),
    facts: [
      { key: texts.orderFact, value: receipt.orderNumber },
      { key: texts.dateFact, value: purchaseDay(receipt, view) },
      { key: texts.paymentFact, value: maskPaymentMethod(receipt.paymentMethod) },
    ],
    items: receipt.items.map((item) => ({
      title: item.name, price: money(item.unitPriceCents), quantity: String(item.quantity),
    })),
    tax: money(receipt.taxCents),
    total: money(receipt.totalCents),
  } as Parameters<typeof CardFactory.receiptCard>[0]);
  return MessageFactory.attachment(card);
}

/** The same receipt as text, for channels that show no cards; under 2,000 characters for any real basket. */
export function receiptText(receipt: Receipt, view: ReceiptView): string {
  const texts = textsFor(view.language);
  const money = (cents: number) => formatMoney(cents, receipt.currency, view.language);
  return [
    texts.receiptTitle(receipt.merchant),
    `${texts.orderFact} ${receipt.orderNumber} · ${purchaseDay(receipt, view)}`,
    ...receipt.items.map((item) => `• ${texts.itemLine(item.quantity, item.name, money(item.unitPriceCents * item.quantity))}`),
    texts.totalLine(money(receipt.totalCents)),
    texts.taxLine(money(receipt.taxCents)),
    `${texts.paymentFact} ${maskPaymentMethod(receipt.paymentMethod)}`,
  ].join('\n');
}

function purchaseDay(receipt: Receipt, view: ReceiptView): string {
  return formatDay(dayOf(receipt.purchasedAt, view.timeZone), view.language, view.timeZone, view.now);
}
