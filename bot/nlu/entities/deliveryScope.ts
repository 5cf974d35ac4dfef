/**
 * "Toutes mes livraisons" / "all my deliveries" asks for the parcels delivered lately too, not only
 * those on their way. Folded words.
 */
const ALL = /\b(?:toutes|tous|tout|all|every|everything|historique|history|livrees|livres|delivered|recentes|recent)\b/;

export function findDeliveryScope(folded: string): 'all'[] {
  return ALL.test(folded) ? ['all'] : [];
}
