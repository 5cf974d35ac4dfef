/** A greeting word or phrase a message may open with, folded and SMS spellings written out. */
const GREETING = String.raw`(?:oui |yes |alors )?(?:bonjour|bonsoir|salut|coucou|hello|hi|hey|hiya|good (?:morning|afternoon|evening))`;
/** "ça va ?", "how are you": small talk after the greeting, or in its place. */
const HOW_ARE_YOU = String.raw`(?:comment )?(?:ca va|vous allez bien|tu vas bien|comment allez vous|how are you|how are you doing|hows it going|how is it going|you ok|are you ok)`;
/** Whom the greeting is said to ("bonjour bot", "hi there"): part of the greeting, not a request. */
const ADDRESSEE = String.raw`(?:[\s,]+(?:there|bot|the bot|le bot|toi|vous|tout le monde|everyone|all|madame|monsieur))?`;
const OPENING = new RegExp(String.raw`^(?:${GREETING}${ADDRESSEE}(?:[\s,!.?]+${HOW_ARE_YOU})?|${HOW_ARE_YOU})\b[\s,!.?]*`);

/**
 * The message without the greeting it opens with, when a request follows: in "slt ça va ? combien j'ai
 * dépensé aujourd'hui" the greeting is politeness and the request is what is asked; the greeting's words
 * weigh as much as the request's for the classifier and won over a request typed in SMS spellings. A
 * message that is only a greeting ("bonjour, ça va ?") stays whole: it is the greeting.
 */
export function withoutOpeningGreeting(folded: string): string {
  const rest = folded.replace(OPENING, '');
  return /[a-z0-9]/.test(rest) ? rest : folded;
}

/** Words of a letter's closing: thanks, regards, a sign-off ("merci d'avance, cordialement", "kind regards"). */
const CLOSING_WORD = String.raw`(?:many|thanks|thank you|thank u|cheers|in advance|regards|kind|best|warm|wishes|sincerely|yours|truly|faithfully|`
  + String.raw`have a (?:nice|good|great) day|merci|beaucoup|d'?\s?avance|par avance|cordialement|bien|a vous|sinceres|salutations|distinguees|bonne (?:journee|soiree))`;
const CLOSING = new RegExp(String.raw`[.!?,]\s*(?:${CLOSING_WORD}[\s,.!]*)+(?:[a-z]+[\s.!]*)?$`);

/**
 * The message without the closing a polite letter ends with ("… last month. Many thanks in advance, kind
 * regards, James"): the request is before it, and a closing taken for the request read as nothing asked.
 * Only after a sentence's end or a comma, and only when a request remains.
 */
export function withoutClosing(folded: string): string {
  const rest = folded.replace(CLOSING, '');
  return /[a-z0-9]/.test(rest) && rest !== folded ? rest : folded;
}
