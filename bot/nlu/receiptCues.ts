import { wantedPart } from './clauses';
import { words } from './text/normalize';
import type { IntentName, Language } from './types';

/** Asking what was bought, not what it cost: "qu'est-ce que j'ai acheté", "what did I buy", "quels articles". */
const WHAT_WAS_BOUGHT: Readonly<Record<Language, RegExp>> = {
  fr: /\b(?:qu est ce que j ai|qu est ce que|ce que j ai|qu ai je|j ai)\s+(?:achete|commande|pris)\b|\b(?:quels?|quelles?) (?:articles?|produits?|choses?)\b/,
  en: /\bwhat (?:did i|have i|i) (?:buy|bought|order|ordered|get|got)\b|\bwhat (?:items?|products?|things?)\b/,
};

/** A sum or a count is a question about the payments, whatever was bought. */
const HOW_MUCH: Readonly<Record<Language, RegExp>> = {
  fr: /\b(?:combien|cb|cmb|total|montant|prix|coute|depense\w*)\b/,
  en: /\b(?:how much|how many|total|amount|cost|spent|spend|price)\b/,
};

/**
 * What only a receipt holds, whatever else is said: the VAT of a purchase ("combien de TVA sur ma commande
 * Fnac", "how much VAT did I pay"), the receipts themselves ("my recent receipts", "mes tickets de caisse"),
 * an invoice for a purchase ("the invoice for my last purchase for my expenses claim"). A bill to come
 * ("facture d'électricité") names no purchase and stays the classifier's.
 */
const RECEIPT_ASKED: Readonly<Record<Language, RegExp>> = {
  fr: new RegExp(String.raw`\b(?:tva|hors taxes?|ht|ttc)\b|\btickets? de caisse\b|\b(?:mes|les|mon|le|ce|derniers?|premier) recus?\b`
    + String.raw`|\b(?:factures?|justificatifs?|detail)\b.*\b(?:achats?|commandes?|courses|article)\b`),
  en: new RegExp(String.raw`\b(?:vat|tax breakdown)\b|\b(?:my|show me|see|list|all)(?: my)?(?: recent| latest| last| past)? (?:receipts|reciepts)\b`
    + String.raw`|\b(?:invoices?|proof of purchase|itemi[sz]ed)\b.*\b(?:purchases?|orders?|bought|buy|shopping)\b|\b(?:purchases?|orders?)\b.*\binvoices?\b`),
};

/** A complaint about a receipt ("why does my receipt show an extra charge") asks for no receipt. */
const COMPLAINT = /\b(?:why|pourquoi|wrong|error|erreur|extra|refund|rembours\w*|dispute|contest\w*|incorrect)\b/;

/**
 * A receipt question the words say outright: what was bought at a shop the message names ("qu'est-ce que
 * j'ai acheté chez Fnac", "what did I buy at Amazon") asks for the items, which the receipts hold, not for
 * the payments. Without a shop ("what did I buy lately") it stays the classifier's: the payments list.
 */
export function receiptByCue(folded: string, language: Language, merchants: readonly string[]): IntentName | undefined {
  const plain = words(folded).join(' ');
  // The clause that says what is wanted: "not the receipt, where is my parcel" asks for the parcel.
  const wanted = words(wantedPart(folded, language)).join(' ');
  if (RECEIPT_ASKED[language].test(wanted) && !COMPLAINT.test(wanted)) return 'Receipt';
  if (merchants.length === 0 || HOW_MUCH[language].test(plain)) return undefined;
  return WHAT_WAS_BOUGHT[language].test(plain) ? 'Receipt' : undefined;
}
