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
  purchaseLine: (merchant: string, day: string, amount: string, order: string) => `${merchant}, ${day}, ${amount} (order ${order})`,
  noReceipt: 'I can’t find a receipt for that.',
  noReceiptAt: (merchant: string) => `I can’t find a receipt from ${merchant}.`,
};
