/** What the assistant says whatever the question. */
export const common = {
  welcome: "Hi! I’m your bank’s assistant. I can tell you your balances, your latest transactions, your receipts and when your parcels arrive.",
  welcomeUnlinked: 'To start, link this chat to your bank account: ask the bank for a link code, then send "link" followed by the code.',
  greeting: 'Hello! What would you like to check?',
  thanks: "You’re welcome! Anything else?",
  help: 'I can answer: "what’s my balance?", "what did I spend at Carrefour last month?", "receipt for my Fnac order", "where is my parcel?". Type "cancel" to stop what we are doing.',
  cancelled: 'OK, cancelled. What else can I do for you?',
  nothingToCancel: 'There was nothing to cancel. What would you like to check?',
  notUnderstood: "Sorry, I can’t help with that here. I can give you balances, transactions, receipts and delivery dates.",
  nothingSaid: 'I didn’t get that. Ask me for your balance or your latest transactions, for example.',
  noAdvice: 'I can’t give advice on money here. I can show you where your money goes: your spending by category, or this month against the usual.',
  noAverage: 'I only work out the average of your spending, per month or per week. I can also give you the total of any month, or compare this month’s spending with the usual.',
  error: 'Sorry, something went wrong on our side. Please try again in a moment.',
};
