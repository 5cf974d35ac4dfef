/**
 * "hors loyer", "sauf les courses", "pas chez Carrefour", "except groceries", "not at Tesco": the words a
 * message leaves out. Their shop or category is the one NOT wanted, so the finders read them apart from
 * the rest of the message (see `findEntities`). Only markers that cannot start another reading count: a
 * bare "pas" ("je n'ai pas de salaire") is no exclusion, "pas chez" is, and so is a "pas" that opens the
 * message before a comma ("pas carrefour, auchan"); a bare English "not" is ("not tesco, sainsburys"): what
 * follows it is left out only when it names a shop or a category.
 */
const MARKER = new RegExp('\\b(?:hors|sauf|excepte|exceptes|a part|en dehors d[eu]|autres? que|sans|pas chez|pas a|pas au|'
  + 'except|excepting|excluding|exclude|not at|not on|not from|apart from|other than|besides|without|but not|not)\\b'
  // A correction that opens the message, "pas carrefour, auchan : combien": the French "not tesco, sainsburys".
  + '|^(?:non\\s*,?\\s+)?pas(?=\\s+[^,;:]+[,;:])', 'g');
/** Where the left-out words stop: the next part of the question ("pas chez Carrefour chez Monoprix", "hors loyer en octobre"). */
const BOUNDARY = /\s(?:chez|at|en|in|sur|on|du|au|pour|for|mais|but|et|and|depuis|since|ce|cette|this|last|le mois|la semaine|from)\s|[,;:.?!\u2013\u2014]|\s-\s/;
/** A determiner right after the marker belongs to the left-out words ("sauf les courses"). */
const LEADING = /^(?:(?:chez|at|les|le|la|the|my|mes|mon|ma|des|de|du)\b\s*|(?:l|d)'\s?)+/;

export interface Exclusion {
  /** The message without its left-out words. */
  kept: string;
  /** The left-out words, one entry per marker. */
  left: string[];
}

export function splitExclusions(folded: string): Exclusion {
  const left: string[] = [];
  let kept = folded;
  // From the last marker back, so that the indices of the earlier ones still hold in `kept`.
  for (const match of [...folded.matchAll(MARKER)].reverse()) {
    const afterMarker = (match.index ?? 0) + match[0].length;
    const spaces = folded.slice(afterMarker).length - folded.slice(afterMarker).trimStart().length;
    const rest = folded.slice(afterMarker + spaces);
    const determiner = LEADING.exec(rest)?.[0].length ?? 0;
    const words = rest.slice(determiner);
    const end = BOUNDARY.exec(` ${words}`);
    const phrase = (end ? words.slice(0, Math.max(0, end.index - 1)) : words).trim();
    if (phrase.length === 0) continue;
    left.unshift(phrase);
    kept = `${kept.slice(0, match.index)} ${kept.slice(afterMarker + spaces + determiner + phrase.length)}`;
  }
  return { kept: kept.replace(/\s+/g, ' ').trim(), left };
}
