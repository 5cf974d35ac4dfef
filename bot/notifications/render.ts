import type { NotificationPayload } from '../../data/notifications/payload';
import { localDate } from '../../data/time';
import { formatMoney, localeOf } from '../../dialogs/format/money';
import { textsFor } from '../../dialogs/texts';
import type { Language } from '../nlu/types';

/** The words of one notification, in the chat user's language: one line per fact. */
export function renderNotification(payload: NotificationPayload, language: Language, timeZone: string): string {
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
      line += t.deliveredOn(dayAndMonth(localDate(new Date(delivery.deliveredAt), timeZone), language));
    } else if (delivery.status !== 'delivered' && delivery.estimatedDelivery) {
      line += t.expected(dayAndMonth(delivery.estimatedDelivery, language));
    }
    lines.push(line);
  }
  return lines.join('\n');
}

/** "2 décembre" / "2 December" for a bank-zone calendar date `YYYY-MM-DD`. */
function dayAndMonth(date: string, language: Language): string {
  return new Intl.DateTimeFormat(localeOf(language), { day: 'numeric', month: 'long', timeZone: 'UTC' })
    .format(new Date(`${date}T00:00:00Z`));
}
