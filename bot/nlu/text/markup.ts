/** A script or style element with its content: the code in it is never part of the question. */
const CODE_ELEMENT = /<(script|style)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi;
/** Any other tag, opening, closing or self-closing ("<img src=x>", "</b>"); its text stays. */
const TAG = /<\/?[a-z][^<>]*>/gi;
/** A Markdown link ("[lien](javascript:alert(1))"): its text stays, its address (one level of brackets in it) goes. */
const LINK = /\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)/g;
/** Markdown emphasis and code marks ("**gras**", "`solde`", "__x__"): the words inside stay. */
const EMPHASIS = /\*{1,3}|_{2,3}|`+|~~/g;

/**
 * The message as words a person typed, without the markup a channel or a paste may wrap around them:
 * "<script>alert(1)</script> solde" asks for the balance, and the words of the script ("alert") must not
 * read as a request of their own. Run before anything is understood.
 */
export function withoutMarkup(text: string): string {
  return text.replace(CODE_ELEMENT, ' ').replace(TAG, ' ').replace(LINK, ' $1 ').replace(EMPHASIS, ' ');
}
