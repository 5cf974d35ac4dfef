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
 * A receipt question the words say outright: what was bought at a shop the message names ("qu'est-ce que
 * j'ai acheté chez Fnac", "what did I buy at Amazon") asks for the items, which the receipts hold, not for
 * the payments. Without a shop ("what did I buy lately") it stays the classifier's: the payments list.
 */
export function receiptByCue(folded: string, language: Language, merchants: readonly string[]): IntentName | undefined {
  const plain = words(folded).join(' ');
  if (merchants.length === 0 || HOW_MUCH[language].test(plain)) return undefined;
  return WHAT_WAS_BOUGHT[language].test(plain) ? 'Receipt' : undefined;
}
