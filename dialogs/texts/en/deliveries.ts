/** Deliveries: where a parcel is and when it arrives. */
export const deliveries = {
  status: {
    ordered: 'is ordered, not shipped yet',
    shipped: 'has been shipped',
    in_transit: 'is on its way',
    out_for_delivery: 'is out for delivery',
    delayed: 'is delayed',
    delivered: 'was delivered',
  } as Record<string, string>,
  order: (merchant: string, number: string) => `Your ${merchant} order (${number})`,
  expected: (day: string, relative: string) => `Expected ${day}, ${relative}.`,
  newDate: (day: string, relative: string) => `New expected date: ${day}, ${relative}.`,
  noDate: 'No delivery date yet.',
  deliveredOn: (day: string, relative: string) => `on ${day} (${relative})`,
  carrier: (carrier: string, tracking: string) => `Carrier: ${carrier}, tracking number ${tracking}.`,
  underWayIntro: 'Your parcels on their way:',
  underWayLine: (merchant: string, number: string, status: string, when: string) => `${merchant} (${number}): ${status}, ${when}`,
  shortStatus: {
    ordered: 'ordered', shipped: 'shipped', in_transit: 'on its way', out_for_delivery: 'out for delivery',
    delayed: 'delayed', delivered: 'delivered',
  } as Record<string, string>,
  noneUnderWay: 'No parcel on its way right now.',
  recentIntro: (days: number, parcels: number) =>
    `${parcels === 1 ? 'Your parcel on its way or delivered' : 'Your parcels on their way and delivered'} in the last ${days} days:`,
  noneRecent: (days: number) => `No parcel on its way or delivered in the last ${days} days.`,
  /** A shop the customer has no order at, and the shops of the parcels they do have on their way. */
  noOrderAt: (merchant: string, others: string[], parcels: number) =>
    `No ${merchant} order in your name.${others.length > 0 ? ` Your ${parcels === 1 ? 'parcel' : 'parcels'} on the way: ${others.join(', ')}.` : ''}`,
  noOrder: 'I can’t find that order.',
  /** An order number the customer has no order under: said first, before the parcels on their way. */
  noOrderNumbered: (number: string) => `I can’t find order ${number} in your name.`,
  whichOrder: 'Several orders match. Which one?',
};
