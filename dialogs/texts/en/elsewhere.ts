/** What the assistant does not do, and where the customer can get it done. */
export const elsewhere = {
  lostCard: (phone: string) => `Block your card straight away, 24/7, on ${phone}. Would you like me to pass you to an adviser afterwards?`,
  bankApp: (url: string) =>
    `I can’t do that here: I only look at your accounts, I never move money. For transfers, payments and card settings, use your bank’s app or website: ${url}\nWould you like an adviser to help you?`,
  goodbye: 'Goodbye, and see you soon!',
};
