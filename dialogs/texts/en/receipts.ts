/** Receipts: the card, its text fallback, and choosing among several purchases. */
export const receipts = {
  receiptTitle: (merchant: string) => `${merchant} receipt`,
  orderFact: 'Order',
  dateFact: 'Date',
  paymentFact: 'Paid with',
  taxLine: (amount: string) => `incl. VAT: ${amount}`,
  totalLine: (amount: string) => `Total: ${amount}`,
  itemLine: (quantity: number, name: string, amount: string) => `${quantity} × ${name}: ${amount}`,
  whichPurchase: 'Several purchases match. Which one?',
  /** The recent receipts listed, newest first, each one to open. */
  recentReceipts: 'Your recent receipts, newest first. Which one shall I open?',
  purchaseLine: (merchant: string, day: string, amount: string, order: string) => `${merchant}, ${day}, ${amount} (order ${order})`,
  noReceipt: 'I can’t find a receipt for that.',
  noEarlierReceipt: 'That’s your oldest receipt: there is none before it.',
  /** A shop the customer has no receipt from, and the shops of their latest receipts. */
  noReceiptAt: (merchant: string, others: string[], receipts: number) =>
    `No ${merchant} receipt in your name.${others.length > 0 ? ` Your latest ${receipts === 1 ? 'receipt is' : 'receipts are'} from ${others.join(', ')}.` : ''}`,
};
