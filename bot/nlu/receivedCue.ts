import type { Language } from './types';

/**
 * Money the customer received, asked as an amount ("j'ai reçu combien ce mois-ci en tout", "how much did I
 * receive this month"): Income, the total in. The classifier read "combien … en tout" as the balances (the
 * outside tester 4, FR35). A parcel, an order or a delivery received stays with deliveries; "reçu" as a noun
 * (a receipt) says no "j'ai"/"ai-je". Folded words.
 */
const RECEIVED: Readonly<Record<Language, RegExp>> = {
  fr: /\b(?:j'?\s?ai|ai[\s-]*je|on a|nous avons|avons[\s-]*nous) (?:bien |deja )?(?:recu|touche|encaisse)\b/,
  // Not "got in": "how much have i got in the bank" is the balance.
  en: /\b(?:did i|have i|i've|ive|i have|i) (?:receive|received)\b|\bhow much (?:money )?(?:came|has come) in\b/,
};
const HOW_MUCH = /\b(?:combien|montant|total|en tout|how much|in total|altogether)\b/;
const NOT_MONEY = /\b(?:colis|paquets?|commandes?|livraisons?|parcels?|packages?|orders?|deliver\w*|messages?|emails?|mails?|sms|textos?|notifications?|alertes?|alerts?)\b/;

export function asksAmountReceived(wanted: string, language: Language): boolean {
  return RECEIVED[language].test(wanted) && HOW_MUCH.test(wanted) && !NOT_MONEY.test(wanted);
}
