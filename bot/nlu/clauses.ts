import type { Language } from './types';

/** Where a new clause begins in a message typed or spoken without punctuation. */
const CLAUSE_START: Readonly<Record<Language, RegExp>> = {
  fr: /[,;.!?]+|\s(?=(?:mais|plutot|je veux|je voudrais|j'aimerais|j'voudrais|je souhaite|je souhaiterais|juste|seulement|par contre)\b)/,
  en: /[,;.!?]+|\s(?=(?:but|rather|instead|i want|i need|i'd like|i would like|just|only)\b)/,
};

/** A clause that says what is not wanted ("pas le solde", "not my balance"). */
const NEGATED: Readonly<Record<Language, RegExp>> = {
  fr: /^(?:(?:non|oui|alors|euh)\s+)*(?:pas|non pas|ce n'est pas|c'est pas|ce n est pas|je veux pas|je ne veux pas|je voudrais pas|pas besoin|surtout pas)\b/,
  en: /^(?:(?:no|yes|so|um)\s+)*(?:not|no not|i don't want|i dont want|i do not want|don't need|dont need|it's not|its not|i don't need|never mind)\b/,
};

/**
 * The part of a message that says what is wanted. "pas le solde, je veux faire opposition" asks to block a
 * card: the clauses that only say what is not wanted are dropped, as long as something else remains
 * ("pas de colis reçu" stays whole: it is the request).
 */
export function wantedPart(folded: string, language: Language): string {
  const clauses = folded.split(CLAUSE_START[language]).map((clause) => clause.trim()).filter((c) => c.length > 0);
  const wanted = clauses.filter((clause) => !NEGATED[language].test(clause));
  return wanted.length > 0 && wanted.length < clauses.length ? wanted.join(' ') : folded;
}
