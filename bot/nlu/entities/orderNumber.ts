/** Words that look like an order number: letters, digits and hyphens, with at least six digits. */
const CANDIDATE = /[a-z0-9]+(?:-[a-z0-9]+)*/g;
const MIN_DIGITS = 6;

/**
 * The order numbers a folded message quotes ("where is BL-771204519?"), upper-cased as shops print them.
 * The stores match them against the customer's own orders only (ignoring case), so a number of someone
 * else's order simply finds nothing. A link code is not an order number: the caller leaves those out.
 */
export function findOrderNumbers(folded: string): string[] {
  const long = (folded.match(CANDIDATE) ?? []).filter((word) => (word.match(/\d/g)?.length ?? 0) >= MIN_DIGITS);
  const named = [...folded.matchAll(NAMED_NUMBER)].map((match) => match[1]).filter((word) => !long.includes(word));
  return [...long, ...named].map((word) => word.toUpperCase());
}

/**
 * A shorter number the customer calls an order ("la commande numéro 12345", "order #12345"): said to be
 * an order, it is one, and an unknown one is answered as such rather than ignored.
 */
const NAMED_NUMBER = /\b(?:commande|colis|order|parcel|package)\s+(?:(?:numero|number|no|n|nr|ref|reference)\s+|#\s*)?([a-z0-9-]*\d{4}[a-z0-9-]*)\b/g;
