/** Letters that take an elided "d’" before them: a vowel sound ("d’Amazon", "d’Uber", "d’EDF", "d’Yves Rocher"). */
const ELIDES = /^(?:[aeiouàâäéèêëîïôöùûü]|y(?![aeiouy]))/i;

/**
 * "de" before a merchant's or a payer's name, as French wants it: "de Thales", "d’Amazon", "du Bon Marché"
 * ("de Le…"), "des Galeries Lafayette" ("de Les…"), "de La Poste", "de L’Occitane". The one place where
 * a name follows "de" in a French text.
 */
export function deName(name: string): string {
  const trimmed = name.trim();
  const article = /^(le|les)\s+(.+)$/i.exec(trimmed);
  if (article) return `${article[1].toLowerCase() === 'le' ? 'du' : 'des'} ${article[2]}`;
  return ELIDES.test(trimmed) ? `d’${trimmed}` : `de ${trimmed}`;
}
