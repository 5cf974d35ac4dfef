/**
 * What a question about transactions wants to see. Folded words; the biggest expense and a total are
 * looked for before income, because "combien j'ai reçu" asks for a total of money in, not whether
 * the salary has arrived. No cue means the movements themselves (the dialog's default list).
 */
type TransactionView = 'list' | 'total' | 'biggest' | 'income';

const BIGGEST = new RegExp('\\b(?:plus (?:grosse?s?|grande?s?|importante?s?|chere?s?)|biggest|largest|'
  + 'most expensive|highest|top expense|grosse depense|max(?:imum)?)\\b');
const TOTAL = new RegExp('\\b(?:combien|total|totale|au total|montant total|how much|how many|sum|somme|'
  + 'en tout|altogether|in total|what did i spend|what have i spent|what i spent|what did i pay)\\b');
const INCOME = new RegExp('\\b(?:salaire|salary|paie|paycheck|paycheque|wages|income|paid in|got paid|get paid|'
  + 'been paid|tombe|tombee|arrive|arrivee|come in|came in|gone in|went in|vire|viree)\\b');

export function findTransactionView(folded: string): TransactionView[] {
  if (BIGGEST.test(folded)) return ['biggest'];
  if (TOTAL.test(folded)) return ['total'];
  if (INCOME.test(folded)) return ['income'];
  return [];
}
