/** An online order of the generated bank: its lines, VAT, and where its parcel is given its age. */
import type { Shop } from '../demo/catalog';
import type { SeededRandom } from '../demo/random';
import type { DeliveryStatus } from '../types';
import type { ScaleReceipt } from './scaleRows';

const DAY = 86_400_000;

export function onlineOrder(shop: Shop, purchasedAt: number, now: number, random: SeededRandom): Omit<ScaleReceipt, 'id' | 'transactionId'> {
  const lines = Array.from({ length: random.int(1, 3) }, () => ({ ...random.pick(shop.products), quantity: random.int(1, 2) }));
  const totalCents = lines.reduce((sum, line) => sum + line.unitCents * line.quantity, 0);
  // VAT included in the price: tax = price × rate / (1 + rate), per line, rounded to the cent.
  const taxCents = lines.reduce(
    (sum, line) => sum + Math.round((line.unitCents * line.quantity * line.vatPermille) / (1000 + line.vatPermille)), 0);
  const status = parcelStatus(now - purchasedAt);
  const estimatedDelivery = purchasedAt + 5 * DAY;
  return {
    merchant: shop.merchant, orderNumber: `${shop.orderPrefix}${random.digits(shop.orderDigits)}`, purchasedAt, totalCents, taxCents,
    items: lines.map(({ name, quantity, unitCents }) => ({ name, quantity, unitPriceCents: unitCents })),
    delivery: {
      carrier: shop.carrier, trackingNumber: random.digits(13), status, estimatedDelivery,
      deliveredAt: status === 'delivered' ? estimatedDelivery : null,
    },
  };
}

function parcelStatus(age: number): DeliveryStatus {
  if (age > 10 * DAY) return 'delivered';
  if (age > 5 * DAY) return 'out_for_delivery';
  return age > 2 * DAY ? 'in_transit' : 'shipped';
}
