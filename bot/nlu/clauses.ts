import type { Language } from './types';
import { foldText } from './text/normalize';
import { MOST_REQUESTS } from '../../dialogs/recognized';

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

/**
 * Where a second request may begin: "mon solde et mes 3 dernières opérations", "my balance and also did my
 * salary arrive", in Québec "mon solde pis mes transactions" ("pis", spoken "puis", says "and" there).
 * Matched on the text as typed (accents kept), so that each part can be read on its own; the separator is
 * captured so that parts that turn out to be one request are joined back as written.
 */
const CONJUNCTION: Readonly<Record<Language, RegExp>> = {
  fr: /(\s*,?\s+(?:et aussi|et puis|et|ainsi que|puis|pis)\s+|\s*,\s*(?:et\s+)?(?:aussi|plus|puis)\s+)/i,
  en: /(\s*,?\s+(?:and also|and then|and|plus|as well as)\s+)/i,
};

/**
 * The requests of one message, in order, when it asks two or three different things ("mon solde et mes 3
 * dernières opérations"); undefined when it asks one. `requestOf` reads a part on its own and gives its
 * intent when it is a request of its own, undefined otherwise. A part that is no request ("du compte
 * courant" after "le solde du livret A"), that asks the same as the one before ("chez Monoprix et chez
 * Carrefour") or that only says what is not wanted ("et pas le livret": an exclusion of the request before)
 * stays with the request before it.
 */
export function requestClauses(text: string, language: Language, requestOf: (part: string) => string | undefined): string[] | undefined {
  const pieces = text.split(CONJUNCTION[language]);
  if (pieces.length < 3) return undefined;
  const clauses: { text: string; intent: string | undefined }[] = [];
  for (let index = 0; index < pieces.length; index += 2) {
    const part = pieces[index];
    const intent = NEGATED[language].test(foldText(part).trim()) ? undefined : requestOf(part);
    const last = clauses[clauses.length - 1];
    if (last && (intent === undefined || intent === last.intent || clauses.length === MOST_REQUESTS)) {
      last.text += pieces[index - 1] + part;
    } else if (last && last.intent === undefined) {
      last.text += pieces[index - 1] + part;
      last.intent = intent;
    } else {
      clauses.push({ text: part, intent });
    }
  }
  return clauses.length > 1 && clauses.every((clause) => clause.intent !== undefined) ? clauses.map((clause) => clause.text) : undefined;
}
