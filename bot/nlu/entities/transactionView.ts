/**
 * What a question about transactions wants to see. Folded words; a mean, the biggest expense and a total are
 * looked for before income, because "combien j'ai reçu" asks for a total of money in, not whether
 * the salary has arrived. Income of a period ("mes revenus", "income last month") comes before the
 * salary check, which comes before the arrival of any payment. No cue means the movements themselves.
 */
type TransactionView = 'list' | 'total' | 'biggest' | 'income' | 'earnings' | 'salary' | 'average';

/** A mean ("en moyenne par mois", "my average monthly spend", "mon solde moyen"): comes before a total, which "combien" also says. */
export const AVERAGE = new RegExp('\\b(?:en moyenne|moyenne|moyennes|on average|average|averages|avg)\\b'
  // The masculine after what it qualifies: "mon solde moyen" ("moyen" alone is a means: "moyen de paiement"; a "panier
  // moyen" or a "montant moyen" is a mean per payment, which this mean per month is not).
  + '|\\b(?:soldes?|budgets?|salaires?|revenus?|loyers?) moyens?\\b'
  // What one spends per week, in the present: "combien je dépense par semaine", "how much do I spend a week". Per month
  // it stays the classifier's: "combien je dépense en abonnements chaque mois" is what the subscriptions cost a month.
  + '|\\b(?:je depense|depense[sz]?[- ]je|do i spend|i spend)\\b.*\\b(?:par|chaque|per|a|each|every) (?:semaine|week)\\b');

const BIGGEST = new RegExp('\\b(?:plus (?:gros(?:se)?s?|grande?s?|importante?s?|chere?s?)|biggest|largest|'
  + 'most expensive|highest|top expense|grosse depense|max(?:imum)?)\\b');
const TOTAL = new RegExp('\\b(?:combien|total|totale|au total|montant total|how much|how many|sum|somme|'
  + 'en tout|altogether|in total|what did i spend|what have i spent|what i spent|what did i pay)\\b');
const EARNINGS = new RegExp('\\b(?:revenus?|income|earnings|earned|earn|gagne|rentrees d argent|who paid me|'
  + 'qui m a verse|what did i get paid)\\b');
const SALARY = /\b(?:salaire|salary|paie|paycheck|paycheque|wages|ete paye|been paid|get paid|got paid)\b/;
const INCOME = new RegExp('\\b(?:paid in|tombe|tombee|arrive|arrivee|come in|came in|gone in|went in|vire|viree)\\b');

export function findTransactionView(folded: string): TransactionView[] {
  if (AVERAGE.test(folded)) return ['average'];
  if (BIGGEST.test(folded)) return ['biggest'];
  if (TOTAL.test(folded)) return ['total'];
  if (EARNINGS.test(folded)) return ['earnings'];
  if (SALARY.test(folded)) return ['salary'];
  if (INCOME.test(folded)) return ['income'];
  return [];
}
