/** A message that is only an amount: "100", "100 €", "£99.50", "1 000 euros". */
const BARE_AMOUNT = new RegExp('^(?:(?:€|£|\\$|eur|gbp)\\s*)?(\\d{1,3}(?:[ .\\u202f\\u00a0]\\d{3}){1,2}|\\d{1,9})(?:[.,](\\d{1,2}))?'
  + '\\s*(?:€|£|\\$|eur|euros?|gbp|pounds?|dollars?)?\\s*[.!]*$');

/**
 * The amount of a message that says nothing else, in integer cents (read from the digits, never through
 * a float): the answer to "which amount?". A threshold with words ("sous 100 €") is an `amount` instead.
 */
export function findBareAmount(folded: string): { cents: number }[] {
  const match = BARE_AMOUNT.exec(folded);
  if (!match) return [];
  const units = Number(match[1].replace(/\D/g, ''));
  const fraction = Number((match[2] ?? '').padEnd(2, '0'));
  return [{ cents: units * 100 + fraction }];
}
