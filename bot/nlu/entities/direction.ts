/**
 * Which way the money went. Folded words and phrases; "got paid" is money in although "paid" is money out,
 * so phrases that mean "in" are looked for first.
 */
const MONEY_IN = new RegExp('\\b(?:got paid|get paid|been paid|received|receive|recieved|recived|income|incoming|'
  + 'earned|earn|salary|salaire|paie|recu|recus|recue|recues|rentre|rentree|rentrees|entrees|credite|credites|'
  + 'credits|came in|come in|gagne|touche)\\b');
const MONEY_OUT = new RegExp('\\b(?:spent|spend|spending|spendings|spends|blow|blew|blown|paid|pay|payed|'
  + 'splashed|wasted|depense|depenses|depensee|depensees|depenser|paye|payes|payee|achete|claque|flambe|'
  + 'debit|debits|debite|sorties|outgoing|charged|payment|payments|paiement|paiements|purchase|purchases|achat|achats)\\b');

export function findDirection(folded: string): ('in' | 'out')[] {
  if (MONEY_IN.test(folded)) return ['in'];
  if (MONEY_OUT.test(folded)) return ['out'];
  return [];
}
