import type { receipts as english } from '../en/receipts';

/** Reçus : la carte, sa version texte, et le choix entre plusieurs achats. */
export const receipts: typeof english = {
  receiptTitle: (merchant: string) => `Reçu ${merchant}`,
  orderFact: 'Commande',
  dateFact: 'Date',
  paymentFact: 'Payé avec',
  taxLine: (amount: string) => `dont TVA : ${amount}`,
  totalLine: (amount: string) => `Total : ${amount}`,
  itemLine: (quantity: number, name: string, amount: string) => `${quantity} × ${name} : ${amount}`,
  whichPurchase: 'Plusieurs achats correspondent. Lequel ?',
  recentReceipts: 'Vos derniers reçus, du plus récent au plus ancien. Lequel voulez-vous ouvrir ?',
  purchaseLine: (merchant: string, day: string, amount: string, order: string) => `${merchant}, ${day}, ${amount} (commande ${order})`,
  noReceipt: 'Je ne trouve aucun reçu qui corresponde.',
  noEarlierReceipt: 'C’est votre plus ancien reçu, il n’y en a pas d’autre avant.',
  noReceiptAt: (merchant: string, others: string[], receipts: number) =>
    `Aucun reçu ${merchant} à votre nom.${others.length > 0 ? ` ${receipts === 1 ? 'Votre dernier reçu' : 'Vos derniers reçus'}\u00a0: ${others.join(', ')}.` : ''}`,
};
