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
  error: 'Sorry, something went wrong on our side. Please try again in a moment.',
};
