import retailers from '../lexicon/retailers.json';
import { foldText, words } from '../text/normalize';

/**
 * A well-known shop named beside an order, a parcel or a receipt that is none of the customer's merchants:
 * "livraison Argos", "reçu Darty", "where is my Boulanger order?". It is kept, so that the answer is "no
 * Boulanger order", never the customer's other parcels as if they answered. Only shops of the lexicon
 * count: an open guess at which word is a shop read "pls", "eau" or "did" as one in the corpus.
 */
const ORDER_WORDS = new Set([
  'livraison', 'livraisons', 'colis', 'commande', 'commandes', 'recu', 'recus', 'facture', 'factures', 'ticket',
  'tickets', 'achat', 'achats', 'paquet', 'paquets', 'delivery', 'deliveries', 'parcel', 'parcels', 'order', 'orders',
  'receipt', 'receipts', 'package', 'packages', 'purchase', 'purchases', 'invoice', 'invoices', 'livree', 'livre',
  'delivered', 'shipped', 'expediee', 'arrive', 'arrivera',
]);

/** Each shop as the words it is written with ("sainsbury's" → "sainsbury", "s"). */
const SHOPS: readonly { name: string; words: string[] }[] = [...new Set(retailers)].map((name) => ({ name, words: words(foldText(name)) }));

export function findOrderMerchant(folded: string): string[] {
  const messageWords = words(folded);
  if (!messageWords.some((word) => ORDER_WORDS.has(word))) return [];
  const shop = SHOPS.find((candidate) => containsRun(messageWords, candidate.words));
  return shop ? [shop.name] : [];
}

function containsRun(haystack: readonly string[], run: readonly string[]): boolean {
  for (let i = 0; i + run.length <= haystack.length; i++) {
    if (run.every((word, j) => haystack[i + j] === word)) return true;
  }
  return false;
}
