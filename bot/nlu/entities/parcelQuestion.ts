/**
 * Words that ask where a parcel is or when it comes ("where is order AR-…", "où en est le colis"), folded.
 * Beside an order number they make the message a delivery question of its own, even while a receipt choice
 * listing that order is open (the order number alone would answer the choice).
 */
const WHEREABOUTS = new RegExp('\\b(?:where is|where s|wheres|track|tracking|delivery|delivered|deliver|parcel|package|arrive|arriving|'
  + 'ou est|ou en est|livraison|livree?|livrer|colis|suivi|arrive)\\b');

export function findParcelQuestion(folded: string): 'whereabouts'[] {
  return WHEREABOUTS.test(folded) ? ['whereabouts'] : [];
}
