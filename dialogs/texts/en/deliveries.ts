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
  recentIntro: (days: number) => `Your parcels on their way and delivered in the last ${days} days:`,
  noneRecent: (days: number) => `No parcel on its way or delivered in the last ${days} days.`,
  noOrderAt: (merchant: string) => `I can’t find an order from ${merchant}.`,
  noOrder: 'I can’t find that order.',
  whichOrder: 'Several orders match. Which one?',
};
