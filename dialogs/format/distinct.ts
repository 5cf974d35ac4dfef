/** Names once each, in their first order: the shops of a list of orders or receipts. */
export function distinct(names: readonly string[]): string[] {
  return [...new Set(names)];
}
