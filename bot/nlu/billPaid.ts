import { BILL_WORD, findBillers } from './entities/biller';
import { words } from './text/normalize';
import type { IntentName, Language } from './types';

/** What a bill cost: "how much was my gas bill", "combien m'a coûté ma facture d'eau", "total of my electricity bills". */
const HOW_MUCH: Readonly<Record<Language, RegExp>> = {
  en: /\b(?:how much|what did|total|cost|amount|spent|spend|paid|pay)\b/,
  fr: /\b(?:combien|montant|total|coute|cout|paye|payee?s?|depense)\b/,
};

/**
 * A bill of a biller the customer pays, asked for what it cost or over a period ("how much was my gas bill
 * this year", "my gas bill this year"): that biller's payments, a Transactions question. The classifier,
 * taught that bills are often out of scope (CLINC150's "pay my bill"), refuses it; the biller named by its
 * utility (`findBillers`) says it is the customer's own payments. A bill to come is `billDue.ts`'s, asked
 * first; paying or changing one stays refused by the gate, which judges this cue too. Only a bill said as
 * one (`BILL_WORD`): "gas" alone ("how much is gas in London") asks no bill of the customer's.
 */
export function paidBill(folded: string, language: Language, merchants: readonly string[], periodCount: number): IntentName | undefined {
  if (!BILL_WORD.test(folded) || findBillers(folded, words(folded), merchants).length === 0) return undefined;
  return periodCount > 0 || HOW_MUCH[language].test(folded) ? 'Transactions' : undefined;
}
