import type { AccountType, DeliveryStatus } from '../../../data/types';

/** Real-time updates and the settings that control them. */
export const notifications = {
  notify: {
    payment: (amount: string, counterparty: string) => `💳 Payment of ${amount} at ${counterparty}`,
    moneyIn: (amount: string, counterparty: string) => `💶 ${amount} received from ${counterparty}`,
    pendingPayment: (amount: string, counterparty: string) => `💳 Pending payment of ${amount} at ${counterparty}`,
    balanceAfter: (accountName: string, balance: string, _type: AccountType) => ` — ${accountName} balance: ${balance}`,
    lowBalance: (accountName: string, balance: string, threshold: string, _type: AccountType) =>
      `⚠️ ${accountName} is at ${balance}, below your ${threshold} alert`,
    delivery: (merchant: string, order: string, status: string) => `📦 ${merchant} order ${order}: ${status}`,
    expected: (date: string) => `, expected ${date}`,
    deliveredOn: (date: string) => ` on ${date}`,
    status: {
      ordered: 'ordered', shipped: 'shipped', in_transit: 'on its way', out_for_delivery: 'out for delivery today',
      delivered: 'delivered', delayed: 'delayed',
    } satisfies Record<DeliveryStatus, string>,
    digest: 'While you were away:',
  },
  notificationSettings: {
    on: 'Done: I will tell you here when money moves on your accounts and when your parcels move.',
    off: 'Done: no more updates here.',
    transactionsOn: 'Done: I will tell you here when money moves on your accounts.',
    transactionsOff: 'Done: no more updates here about your transactions.',
    deliveriesOn: 'Done: I will tell you here when your parcels move.',
    deliveriesOff: 'Done: no more delivery updates here.',
    lowBalanceOff: 'Done: no more low-balance alerts.',
    lowBalanceSet: (accountName: string, threshold: string) => `Done: I will alert you here when ${accountName} falls below ${threshold}.`,
    whichAccount: 'Alert me for which account?',
    askThreshold: 'Below which amount? For example: "alert me when my balance goes below €100".',
    askThresholdIn: (accountName: string, currency: string) => `${accountName} is in ${currency}: below which amount in ${currency}? For example "50".`,
    currencyNames: { EUR: 'euros', GBP: 'pounds sterling', USD: 'US dollars' } as Record<string, string>,
    status: (transactions: boolean, deliveries: boolean, unusual: boolean, alerts: number) =>
      `Updates here: transactions ${transactions ? 'on' : 'off'}, deliveries ${deliveries ? 'on' : 'off'}, `
      + `unusual payments ${unusual ? 'on' : 'off'}, ${alerts} low-balance alert${alerts === 1 ? '' : 's'}.`,
  },
  notificationQuick: {
    turnOn: 'Turn on updates',
    turnOff: 'Turn off updates',
    lowBalance: 'Low-balance alert',
    lowBalanceOff: { title: 'Stop balance alerts', value: 'Stop the low-balance alerts' },
    unusualOn: { title: 'Unusual spend alerts', value: 'Turn on unusual payment alerts' },
    unusualOff: { title: 'Stop unusual alerts', value: 'Turn off unusual payment alerts' },
  },
};
