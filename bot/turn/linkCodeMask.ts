import { findLinkCode } from '../nlu/entities/linkCode';
import { foldText } from '../nlu/text/normalize';

export const MASKED_CODE = '••••••••';

/** A code as the bank prints it, typed alone in answer to "send me your code": 8 letters and digits, one digit at least. */
const BARE_CODE = /^(?=[a-z0-9\s-]*\d)(?:[a-z0-9][\s-]?){7}[a-z0-9]$/i;

/**
 * The words kept of a message for a handoff: a link code is a secret until it is used (and a used one
 * says which customer a chat is), so it is never stored or forwarded — "lier ABCD2345" is kept as
 * "lier ••••••••", and a code sent alone as "••••••••".
 */
export function maskLinkCodes(text: string): string {
  const trimmed = text.trim();
  if (BARE_CODE.test(trimmed)) return MASKED_CODE;
  if (findLinkCode(foldText(text)).length === 0) return text;
  const word = /\b(?:link|lier|relier|associer|connecter|connect|code)\b/i.exec(foldText(text))?.[0] ?? 'link';
  return `${word} ${MASKED_CODE}`;
}
