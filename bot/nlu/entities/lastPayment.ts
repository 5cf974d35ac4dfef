/**
 * The message asks for the latest payment, not a period's total ("when did I last pay at Tesco", "quand
 * ai-je payé chez Carrefour pour la dernière fois", the outside tester 4): a time said as "last" together
 * with a word of paying or buying. Folded words.
 */
const LAST_TIME = /\b(?:derniere fois|last time|when did i last|when was i last|when i last|when have i last)\b/;
const PAYING = /\b(?:pay|paid|spend|spent|shop|shopped|buy|bought|go|went|been|paye|payee|depense|achete|alle|allee|ete)\b/;

export function findLastPayment(folded: string): 'last'[] {
  return LAST_TIME.test(folded) && PAYING.test(folded) ? ['last'] : [];
}
