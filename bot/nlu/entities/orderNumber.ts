/** Words that look like an order number: letters, digits and hyphens, with at least six digits. */
const CANDIDATE = /[a-z0-9]+(?:-[a-z0-9]+)*/g;
const MIN_DIGITS = 6;

/**
 * The order numbers a folded message quotes ("where is BL-771204519?"), upper-cased as shops print them.
 * The stores match them against the customer's own orders only (ignoring case), so a number of someone
 * else's order simply finds nothing. A link code is not an order number: the caller leaves those out.
 */
export function findOrderNumbers(folded: string): string[] {
  return (folded.match(CANDIDATE) ?? [])
    .filter((word) => (word.match(/\d/g)?.length ?? 0) >= MIN_DIGITS)
    .map((word) => word.toUpperCase());
}
