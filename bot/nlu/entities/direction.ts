/**
 * Which way the money went. Folded words and phrases; "got paid" is money in although "paid" is money out,
 * so phrases that mean "in" are looked for first. "La rentrée" is the start of the school year ("depuis
 * la rentrée"), not money in, unless it is "la rentrée d'argent".
 */
const MONEY_IN = new RegExp('\\b(?:got paid|get paid|been paid|received|receive|recieved|recived|income|incoming|'
  + 'earned|earn|salary|salaire|paie|rentre|(?<!\\bla )rentree|rentree(?=\\s*d\\W?\\s?argent)|rentrees|entrees|credite|credites|'
  + 'credits|came in|come in|gagne|touche)\\b');
const MONEY_OUT = new RegExp('\\b(?:spent|spend|spending|spendings|spends|spendin|spendng|spnt|spennt|spned|blow|blew|blown|paid|pay|payed|'
  + 'splashed|wasted|depense|depenses|depensee|depensees|depenser|paye|payes|payee|achete|claque|flambe|'
  + 'debit|debits|debite|sorties|outgoing|charged|payment|payments|paiement|paiements|purchase|purchases|purchased|achat|achats|acheter|achetee|achetes|achetees|'
  + 'buy|buys|bought|buying|shopping|expense|expenses|expenditure|outgoings)\\b');

/**
 * "reçu(s)" is money in as a past participle ("j'ai reçu", "les virements reçus") but a receipt as a noun:
 * after a determiner, a number or "dernier(s)" ("les 2 derniers reçus", "mon reçu"), or opening the message
 * ("reçu Darty").
 */
const RECU = /(^|\S+)\s*\brecu(?:e?s?)\b/g;
const BEFORE_RECEIPT_NOUN = /^(?:|le|les|l|mon|mes|ton|tes|votre|vos|ce|ces|cet|un|des|du|au|aux|dernier|derniers|premier|\d+|deux|trois|quatre|cinq|dix)$/;

function saysReceived(folded: string): boolean {
  return [...folded.matchAll(RECU)].some((match) => !BEFORE_RECEIPT_NOUN.test(match[1]));
}

/** "transfers in?", "any transfers in this week": money in, unlike "transfers in October" (a preposition). */
const TRANSFERS_IN = /\btransfers? in(?:coming)?(?=\s*$|\s*[?.!,]|\s+(?:this|last|past|since|yet|so far|lately|recently|today|yesterday)\b)/;

export function findDirection(folded: string): ('in' | 'out')[] {
  if (MONEY_IN.test(folded) || TRANSFERS_IN.test(folded) || saysReceived(folded)) return ['in'];
  if (MONEY_OUT.test(folded)) return ['out'];
  return [];
}
