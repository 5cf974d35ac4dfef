/** The words that introduce a link code; "unlink"/"delier" never do. */
const LINK_WORD = /\b(?:link|lier|relier|associer|connecter|connect|code)\b/;
/** Link codes are 4 to 12 letters and digits with at least one digit, so "link my account" has none. */
const CODE = /\b(?=[a-z0-9-]*\d)[a-z0-9][a-z0-9-]{2,10}[a-z0-9]\b/;

/** The code in "link 123456" / "lier ABCD2345", upper-cased as the bank prints it. */
export function findLinkCode(folded: string): string[] {
  if (!LINK_WORD.test(folded)) return [];
  const code = CODE.exec(folded.replace(LINK_WORD, ' '))?.[0];
  return code === undefined ? [] : [code.toUpperCase()];
}
