/**
 * The one place where a chat message is folded into a comparable form. People type without accents,
 * in any case, with curly apostrophes from phone keyboards: every matcher (language, intent, entities,
 * corpus checks) compares folded text so that "Dépensé", "depense" and "DEPENSE" meet.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words of a folded text: letters and digits only, apostrophes split ("l'annee" → "l", "annee"). */
export function words(folded: string): string[] {
  return folded.split(/[^a-z0-9]+/).filter((word) => word.length > 0);
}

/** Folded text reduced to its words, for comparing phrases whatever their punctuation ("what's" = "whats"). */
export function canonicalPhrase(text: string): string {
  return words(foldText(text).replace(/'/g, '')).join(' ');
}
