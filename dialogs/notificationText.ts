import type { Language } from '../data/language';
import type { NotificationPayload } from '../data/notifications/payload';
import { localDate } from '../data/time';
import { formatDay } from './format/dates';
import { formatMoney } from './format/money';
import { textsFor } from './texts';

/**
 * The words of one notification, in the chat user's language: one line per fact. Days are written as
 * the dialogs write them ("le mercredi 2 décembre"), `now` deciding whether the year is said.
 */
export function renderNotification(payload: NotificationPayload, language: Language, timeZone: string, now: Date): string {
  const t = textsFor(language).notify;
  const lines: string[] = [];
  const { transaction, lowBalance, delivery, unusual } = payload;
  if (transaction) {
    const amount = formatMoney(Math.abs(transaction.amountCents), transaction.currency, language);
    const line = transaction.status === 'pending' ? t.pendingPayment
      : transaction.amountCents >= 0 ? t.moneyIn : t.payment;
    const balance = transaction.balanceCents === null ? ''
      : t.balanceAfter(transaction.accountName, formatMoney(transaction.balanceCents, transaction.currency, language), transaction.accountType);
    lines.push(line(amount, transaction.counterparty) + balance);
  }
  if (lowBalance) {
    const money = (cents: number) => formatMoney(cents, lowBalance.currency, language);
    lines.push(t.lowBalance(lowBalance.accountName, money(lowBalance.balanceCents), money(lowBalance.thresholdCents), lowBalance.accountType));
  }
  if (unusual) {
    const said = textsFor(language).unusualAlert;
    const money = (cents: number) => formatMoney(cents, unusual.currency, language);
    for (const reason of unusual.reasons) {
      if (reason.kind === 'duplicate') lines.push(said.duplicate(money(unusual.amountCents), unusual.counterparty));
      if (reason.kind === 'firstPayment') lines.push(said.firstPayment(money(unusual.amountCents), unusual.counterparty));
      if (reason.kind === 'priceRise') lines.push(said.priceRise(unusual.counterparty, money(reason.usualCents), money(unusual.amountCents)));
    }
  }
  if (delivery) {
    let line = t.delivery(delivery.merchant, delivery.orderNumber, t.status[delivery.status]);
    if (delivery.status === 'delivered' && delivery.deliveredAt) {
      line += t.deliveredOn(formatDay(localDate(new Date(delivery.deliveredAt), timeZone), language, timeZone, now));
    } else if (delivery.status !== 'delivered' && delivery.estimatedDelivery) {
      line += t.expected(formatDay(delivery.estimatedDelivery, language, timeZone, now));
    }
    lines.push(line);
  }
  return lines.join('\n');
}

/** What was held while the chat could not be reached, as one message: a line per fact, each a bullet. */
export function digestText(payloads: NotificationPayload[], language: Language, timeZone: string, now: Date): string {
  const lines = payloads.map((payload) => `• ${renderNotification(payload, language, timeZone, now).split('\n').join('\n• ')}`);
  return [textsFor(language).notify.digest, ...lines].join('\n');
}
