/** Insight into the customer's own money: recurring payments, what is coming up, against the usual, where it went. */
export const insights = {
  insightQuick: { subscriptions: 'My subscriptions', upcoming: 'Upcoming payments', comparison: 'Vs usual', breakdown: 'Spending breakdown' },
  rhythm: { weekly: 'weekly', monthly: 'monthly', quarterly: 'quarterly', yearly: 'yearly' } as Record<string, string>,
  subscriptionsIntro: (count: number, monthly: string) =>
    `${count} regular payment${count > 1 ? 's' : ''}, about ${monthly} a month:`,
  subscriptionLine: (merchant: string, amount: string, rhythm: string, last: string, next: string) =>
    `• ${merchant}: ${amount} ${rhythm}, last ${last}, next ~${next}`,
  priceRise: (merchant: string, from: string, to: string, since: string) => `• ${merchant}: ${from} → ${to} since ${since}`,
  priceRisesIntro: 'Price changes:',
  noSubscriptions: 'I found no regular payment in your last 13 months.',
  subscriptionAt: (merchant: string, amount: string, rhythm: string, last: string, next: string) =>
    `Your regular payment to ${merchant}: ${amount} ${rhythm}, last ${last}, next ~${next}`,
  noSubscriptionAt: (merchant: string) => `I found no regular payment to ${merchant} in your last 13 months.`,
  upcomingTotal: (scope: string, total: string, count: number) =>
    `Expected ${scope}: ${total} in ${count} payment${count > 1 ? 's' : ''}.`,
  upcomingLine: (day: string, merchant: string, amount: string) => `• ${day} · ${merchant} · ${amount}`,
  cardSettlementPayee: (card: string) => `Your ${card}’s monthly settlement (estimated)`,
  noUpcoming: (scope: string) => `No regular payment expected ${scope}.`,
  projectionIntro: (account: string, payday: string) => `Estimated ${account} balance until payday (~${payday}):`,
  projectionIntroNoPayday: (account: string, until: string) => `Estimated ${account} balance until ${until}:`,
  projectionLine: (day: string, balance: string) => `• ${day}: ${balance}`,
  noOverdraft: (lowest: string, day: string) => `No overdraft expected: lowest on ${day}, at ${lowest}.`,
  overdraft: (day: string, balance: string) => `Careful: overdrawn from ${day} (${balance}).`,
  estimateNote: 'An estimate, from your regular payments.',
  comparisonIntro: (scope: string, months: number) =>
    `This month ${scope} against the same days of the last ${months} months (excluding transfers between your accounts):`,
  comparisonLine: (category: string, current: string, usual: string) => `• ${category}: ${current} vs ${usual} usually by now`,
  comparisonOne: (answer: 'more' | 'less' | 'same', category: string, current: string, usual: string, scope: string) =>
    `${answer === 'more' ? 'Yes' : answer === 'less' ? 'No' : 'As usual'}: on ${category}, ${current} this month vs ${usual} usually by now (${scope}).`,
  noComparison: 'Nothing spent this month or in the last three months to compare.',
  periodsIntro: (category?: string) => `Your spending${category ? ` on ${category}` : ''} (excluding transfers between your accounts):`,
  periodsTotal: (scope: string, amount: string) => `• ${scope.charAt(0).toUpperCase()}${scope.slice(1)}: ${amount}`,
  periodsDifference: (answer: 'more' | 'less' | 'same', difference: string, laterScope: string) =>
    (answer === 'same' ? 'The same in both periods.' : `That is ${difference} ${answer} ${laterScope}.`),
  periodsChangesIntro: 'Biggest changes:',
  periodsChangeLine: (category: string, earlier: string, later: string) => `• ${category}: ${earlier} → ${later}`,
  breakdownTotal: (scope: string, total: string) => `Your spending ${scope}: ${total} (excluding transfers between your accounts).`,
  breakdownLine: (category: string, amount: string, percent: number) => `• ${category}: ${amount} (${percent}%)`,
  noBreakdown: (scope: string) => `No spending ${scope}.`,
  chartTitle: (scope: string) => `Spending ${scope}`,
  unusualAlert: {
    duplicate: (amount: string, merchant: string) => `⚠️ Unusual: ${amount} at ${merchant} a second time within 24 hours.`,
    firstPayment: (amount: string, merchant: string) => `⚠️ Unusual: first payment to ${merchant}, ${amount}.`,
    priceRise: (merchant: string, usual: string, amount: string) => `⚠️ Unusual: ${merchant} took ${amount}, usually ${usual}.`,
    on: 'Done: I will warn you here of unusual payments (a double charge, a first large payment, a price rise).',
    off: 'Done: no more unusual payment alerts.',
  },
};
