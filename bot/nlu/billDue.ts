import type { IntentName, Language } from './types';

interface BillCues {
  /** When a bill will be taken: "is my water bill due soon", "quand tombe ma facture d'eau". */
  due: RegExp;
  /** A bill already paid is a payment to list, not one to come: "when did I pay the water bill". */
  past: RegExp;
}

const CUES: Readonly<Record<Language, BillCues>> = {
  en: {
    due: /\bbills?\b(?:\W+\w+){0,4}?\W+(?:due|owed)\b|\b(?:when|what day|due date|next)\b(?:\W+\w+){0,6}?\W+bills?\b/,
    past: /\b(?:did|was|were|paid|last|ago)\b/,
  },
  fr: {
    due: /\b(?:quand|date|echeance|prochaine?)\b(?:\W+\w+){0,6}?\W+factures?\b|\bfactures?\b(?:\W+\w+){0,6}?\W+(?:echeance|tombe|tomber|arrive|prelevee?|passe|passer|a payer)\b/,
    past: /\b(?:a ete|ai paye|payee?s?|derniere?|il y a)\b/,
  },
};

/**
 * A question about a bill to come from a biller the customer pays (`merchants`, the customer's own shops
 * and billers the message names): the upcoming-payments insight answers it from their recurring payments,
 * that biller's only. Named no biller we know of, it stays the classifier's, which refuses it as the public
 * sets do ("when is my electric bill due" is a CLINC150 near miss): we would not know which payment it is.
 */
export function upcomingBill(message: string, language: Language, merchants: readonly string[]): IntentName | undefined {
  const { due, past } = CUES[language];
  return merchants.length > 0 && due.test(message) && !past.test(message) ? 'Upcoming' : undefined;
}
