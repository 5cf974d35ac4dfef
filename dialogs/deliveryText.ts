import type { Delivery } from '../data/types';
import { dayOf, formatDay, formatRelativeDay } from './format/dates';
import { textsFor } from './texts';
import type { TurnInfo } from './turnInfo';

/** Where one parcel is: status, the date in words and relative to today, carrier and tracking number. */
export function deliveryDetail(delivery: Delivery, info: TurnInfo, timeZone: string): string {
  const texts = textsFor(info.language);
  const status = texts.status[delivery.status];
  const lines: string[] = [];
  if (delivery.status === 'delivered' && delivery.deliveredAt) {
    const day = dayOf(delivery.deliveredAt, timeZone);
    lines.push(`${texts.order(delivery.merchant, delivery.orderNumber)} ${status} ${texts.deliveredOn(
      formatDay(day, info.language, timeZone, info.now), formatRelativeDay(day, info.language, timeZone, info.now))}.`);
  } else {
    lines.push(`${texts.order(delivery.merchant, delivery.orderNumber)} ${status}.`);
    lines.push(expectedLine(delivery, info, timeZone));
  }
  lines.push(texts.carrier(delivery.carrier, delivery.trackingNumber));
  return lines.join('\n');
}

/** One line of "all my deliveries". */
export function deliveryLine(delivery: Delivery, info: TurnInfo, timeZone: string): string {
  const texts = textsFor(info.language);
  if (delivery.status === 'delivered' && delivery.deliveredAt) {
    const day = dayOf(delivery.deliveredAt, timeZone);
    const when = `${formatDay(day, info.language, timeZone, info.now)}, ${formatRelativeDay(day, info.language, timeZone, info.now)}`;
    return texts.underWayLine(delivery.merchant, delivery.orderNumber, texts.shortStatus.delivered, when);
  }
  const when = delivery.estimatedDelivery
    ? `${formatDay(delivery.estimatedDelivery, info.language, timeZone, info.now)}, ${formatRelativeDay(delivery.estimatedDelivery, info.language, timeZone, info.now)}`
    : texts.noDate;
  return texts.underWayLine(delivery.merchant, delivery.orderNumber, texts.shortStatus[delivery.status], when);
}

function expectedLine(delivery: Delivery, info: TurnInfo, timeZone: string): string {
  const texts = textsFor(info.language);
  if (!delivery.estimatedDelivery) return texts.noDate;
  const day = formatDay(delivery.estimatedDelivery, info.language, timeZone, info.now);
  const relative = formatRelativeDay(delivery.estimatedDelivery, info.language, timeZone, info.now);
  return delivery.status === 'delayed' ? texts.newDate(day, relative) : texts.expected(day, relative);
}
