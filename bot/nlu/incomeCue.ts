import type { Language } from './types';

/** The last pay received: "last" or "dernier" with a word of pay, or with being paid. */
const LAST_PAY: Readonly<Record<Language, RegExp>> = {
  fr: new RegExp(String.raw`\b(?:dernier|derniere|dernieres|derniers)\s+(?:salaires?|paies?|payes?|virements? de salaire|virements? de paie)\b`
    + String.raw`|\b(?:salaire|paie|paye)\s+(?:le plus recent|la plus recente)\b`
    + String.raw`|\b(?:ete paye|ete payee)\b.*\bderniere fois\b|\bderniere fois\b.*\b(?:ete paye|ete payee)\b`),
  en: new RegExp(String.raw`\b(?:last|latest|most recent|previous)\s+(?:salary|salary payment|paycheck|paycheque|pay|wages?|wage payment)\b`
    + String.raw`|\b(?:last|latest)\b.*\b(?:got paid|get paid|was paid|been paid|paid me)\b|\b(?:got|get|was|been) paid\b.*\blast\b`),
};

/**
 * Income when the words ask outright for the last pay received ("when was my last paycheck", "montant de
 * mon dernier salaire"): the classifier reads "when was my last…" like the out-of-scope "when was my last
 * payday" it learnt from public sets and refuses it, yet a past pay is money that came in. Pay to come
 * ("my next payday") says no "last" and stays with the out-of-scope gate, which still reads the message after.
 */
export function asksForLastPay(wanted: string, language: Language): boolean {
  return LAST_PAY[language].test(wanted);
}

/** The customer as the payer: "did I pay", "I've paid", "j'ai payé", "ai-je dépensé". Folded words. */
const PAID_BY_CUSTOMER: Readonly<Record<Language, RegExp>> = {
  fr: /\b(?:j'?\s?ai|ai[\s-]*je|je|on a|nous avons) (?:deja |bien |vraiment |encore )?(?:paye|payee|payes|payer|depense|depensee|claque|regle|debourse|sorti)\b/,
  en: /\b(?:i|did i|have i|i've|ive|i have|we|did we) (?:already |actually |really )?(?:pay|paid|payed|spend|spent|fork out|forked out|shell out|shelled out)\b/,
};

/**
 * Spending, though the classifier reads Income: "how much did I pay between the 3rd and the 10th" shares
 * "pay" with "when do I get paid", yet money the customer paid went out. Money coming to her ("got paid",
 * "paid me", "été payé") is looked for first and keeps Income.
 */
export function saysCustomerPaid(wanted: string, language: Language): boolean {
  return PAID_BY_CUSTOMER[language].test(wanted) && !LAST_PAY[language].test(wanted) && !PAID_TO_CUSTOMER.test(wanted);
}

const PAID_TO_CUSTOMER = /\b(?:was i paid|were we paid|am i paid|do i get paid|will i be paid|got paid|get paid|been paid|was paid|paid me|paid in|ete paye|ete payee|m'?\s?a paye|m'?\s?ont paye|on m'?\s?a)\b/;
