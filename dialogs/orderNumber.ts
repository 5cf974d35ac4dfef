/** Words that look like an order number: digits, letters and hyphens, with at least six digits. */
const CANDIDATE = /[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*/g;
const MIN_DIGITS = 6;

/**
 * The order number a message quotes ("where is BL-771204519?"), as typed. The stores match it against
 * the customer's own orders only, so a number of someone else's order simply finds nothing.
 */
export function orderNumberIn(text: string): string | undefined {
  return (text.match(CANDIDATE) ?? []).find((word) => (word.match(/\d/g)?.length ?? 0) >= MIN_DIGITS);
}
