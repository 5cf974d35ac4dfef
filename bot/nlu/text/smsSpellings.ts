/**
 * Words as customers type them in a text message, each with the word it stands for. SMS spellings are
 * not typos: "cmb", "g" or "ojourdui" are several letters away from "combien", "j'ai" and "aujourd'hui",
 * so neither the character n-grams nor the near-match of names find them, and the period words are lost
 * with them ("hw much did i spnd tday" lost its "today"). Only spellings that stand for one word whatever
 * the message; "cb" (carte bancaire) or "la" (livret A) mean something else and stay, but for "cb" where a
 * card cannot stand (`cbIsHowMuch`).
 */
const SPELLINGS: Readonly<Record<string, string>> = {
  // French
  slt: 'salut', bjr: 'bonjour', bsr: 'bonsoir', cmb: 'combien', cbn: 'combien', cbien: 'combien', combi1: 'combien',
  g: "j'ai", jai: "j'ai", ojourdui: "aujourd'hui", ojourdhui: "aujourd'hui", aujourdui: "aujourd'hui", ajd: "aujourd'hui",
  auj: "aujourd'hui", ojd: "aujourd'hui", depenc: 'depense', depance: 'depense',
  koi: 'quoi', kel: 'quel', kelle: 'quelle', kand: 'quand', ken: 'quand', pk: 'pourquoi', pcq: 'parce que',
  ke: 'que', ki: 'qui', c: "c'est", ct: "c'etait", tt: 'tout', bcp: 'beaucoup', dc: 'donc',
  sa: 'ca', mrc: 'merci', mci: 'merci', semn: 'semaine', sem: 'semaine',
  // English
  hw: 'how', mch: 'much', mny: 'money', spnd: 'spend', spnt: 'spent', tday: 'today', tdy: 'today', '2day': 'today',
  yday: 'yesterday', ystrday: 'yesterday', u: 'you', ur: 'your', r: 'are', wat: 'what', wot: 'what', wht: 'what',
  whn: 'when', pls: 'please', plz: 'please', thx: 'thanks', ty: 'thanks', txn: 'transaction', txns: 'transactions',
  wk: 'week', mth: 'month', mnth: 'month', lst: 'last', bal: 'balance',
};

/** A word with the letters around it: the spelling is replaced only as a whole word. */
const WORD = /[a-z0-9]+/g;

/**
 * Folded text with its SMS spellings written out. A letter beside an apostrophe is part of a word ("c'est",
 * "j'ai"); "sa" stands for "ça" only before "va" ("sa carte" is her card).
 */
export function withSmsSpellingsWritten(folded: string): string {
  return folded.replace(WORD, (word, offset: number) => {
    const written = SPELLINGS[word];
    if (written === undefined) return word;
    if (folded[offset + word.length] === "'" || folded[offset - 1] === "'") return word;
    if (word === 'sa' && !/^\s+va\b/.test(folded.slice(offset + word.length))) return word;
    return written;
  }).replace(WORD, (word, offset: number, text: string) => (word === 'cb' && cbIsHowMuch(text.slice(0, offset), text.slice(offset + 2)) ? 'combien' : word));
}

/**
 * "cb" is "combien" where a card cannot stand: after "j'ai" or "reste" ("jai cb sur mon compte courant",
 * "il me reste cb"), or first before a subject ("cb il me reste", "cb j'ai dépensé"); elsewhere it is the
 * card ("mes paiements cb").
 */
function cbIsHowMuch(before: string, after: string): boolean {
  return /\b(?:j'ai|reste|ai je|ai-je)\s+$/.test(before) || (before.trim() === '' && /^\s+(?:il|j'ai|je|me|on|ai|reste)\b/.test(after));
}
