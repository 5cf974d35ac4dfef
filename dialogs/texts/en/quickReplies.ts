/** Quick-reply titles: at most 20 characters each. */
export const quickReplies = {
  quick: {
    balance: 'My balance',
    transactions: 'Latest transactions',
    receipts: 'My receipts',
    deliveries: 'My deliveries',
    help: 'Help',
    link: 'Link my account',
    cancel: 'Cancel',
  },
};
