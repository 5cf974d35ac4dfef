/**
 * How many items a list should show: "les 5 dernières opérations", "my last 3 transactions", "mes dix
 * derniers paiements", "ma dernière opération" (one). A number before a period word ("les 30 derniers
 * jours") is a period, not a count, and an amount ("100 €") never reads as one: only a number directly
 * before the items' name (with "derniers"/"last" in between or not) counts.
 */
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  un: 1, une: 1, one: 1, deux: 2, two: 2, trois: 3, three: 3, quatre: 4, four: 4, cinq: 5, five: 5, six: 6,
  sept: 7, seven: 7, huit: 8, eight: 8, neuf: 9, nine: 9, dix: 10, ten: 10, douze: 12, twelve: 12, quinze: 15,
  fifteen: 15, vingt: 20, twenty: 20, trente: 30, thirty: 30, cinquante: 50, fifty: 50, cent: 100, hundred: 100,
};
const ITEMS = '(?:operations?|transactions?|paiements?|payments?|depenses?|mouvements?|achats?|purchases?|debits?|expenses?|movements?|ecritures?|recus|receipts|tickets)';
const LAST = '(?:(?:dernier|derniere|derniers|dernieres|plus recentes?|last|latest|most recent|recent)\\s+)?';
const NUMBER = `(\\d{1,4}|${Object.keys(NUMBER_WORDS).join('|')})`;
const COUNTED = new RegExp(`(?:^|\\s)${NUMBER}\\s+${LAST}${ITEMS}\\b`);
/** "ma dernière opération", "my last transaction": one item, in the singular. */
const THE_LAST_ONE = new RegExp('\\b(?:ma|mon|la|le|my|the|votre|your)\\s+(?:derniere|dernier|last|latest|most recent)\\s+'
  + '(?:operation|transaction|paiement|payment|depense|mouvement|achat|purchase|debit|expense|movement)(?!s)\\b');

export function findCount(folded: string): number[] {
  const counted = COUNTED.exec(folded);
  if (counted) {
    const value = NUMBER_WORDS[counted[1]] ?? Number(counted[1]);
    return value > 0 ? [value] : [];
  }
  return THE_LAST_ONE.test(folded) ? [1] : [];
}
