/**
 * Every English string the assistant says. `fr.ts` has the same keys (the `Texts` type enforces it).
 * Written for a phone screen: short lines, one idea each.
 */
export const en = {
  welcome: "Hi! I'm your bank's assistant. I can tell you your balances, your latest transactions, your receipts and when your parcels arrive.",
  welcomeUnlinked: 'To start, link this chat to your bank account: ask the bank for a link code, then send "link" followed by the code.',
  greeting: 'Hello! What would you like to check?',
  thanks: "You're welcome! Anything else?",
  help: 'I can answer: "what\'s my balance?", "what did I spend at Carrefour last month?", "receipt for my Fnac order", "where is my parcel?". Type "cancel" to stop what we are doing.',
  cancelled: 'OK, cancelled. What else can I do for you?',
  nothingToCancel: 'There was nothing to cancel. What would you like to check?',
  notUnderstood: "Sorry, I can't help with that here. I can give you balances, transactions, receipts and delivery dates.",
  error: 'Sorry, something went wrong on our side. Please try again in a moment.',

  needLink: 'First, link this chat to your bank account: ask the bank for a link code, then send "link" followed by the code.',
  linkExpired: 'Your link has expired (links last 180 days, for your security). Please ask the bank for a new code and send "link" followed by it.',
  askLinkCode: 'What is your link code? It has 8 characters.',
  linked: (name: string) => `Done, this chat is now linked. Welcome, ${name}! What would you like to check?`,
  linkInvalid: (attemptsLeft: number) =>
    `This code is not valid or has expired. ${attemptsLeft === 1 ? '1 try left' : `${attemptsLeft} tries left`} before linking is paused.`,
  linkLocked: (minutes: number) =>
    `Too many wrong codes. For your security, linking is paused for ${minutes} min. Please try again later.`,
  unlinked: 'This chat is no longer linked to your bank account. Send "link" with a new code to link it again.',
  notLinked: 'This chat is not linked to any bank account.',

  balancesIntro: 'Your balances:',
  balanceLine: (name: string, masked: string, amount: string) => `${name} (${masked}): ${amount}`,
  whichAccount: 'Which account?',
  noSuchAccount: "I couldn't find that account. Here are your accounts:",

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

export type Texts = typeof en;
