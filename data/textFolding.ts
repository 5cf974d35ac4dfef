/**
 * The one place where a chat message is folded into a comparable form. People type without accents,
 * in any case, with curly apostrophes from phone keyboards: every matcher (the recognizer's language,
 * intent, entities and corpus checks, the dialogs' answers to a choice) compares folded text so that
 * "Dépensé", "depense" and "DEPENSE" meet. Here at the bottom so that both layers can use it.
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
