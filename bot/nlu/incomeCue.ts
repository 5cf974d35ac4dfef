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
