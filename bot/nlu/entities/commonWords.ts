/**
 * Everyday words a typo away from a lexicon word ("etait" from "retrait", "bus" aside): typed, they are
 * themselves, never a misspelt category or shop, so "c'était quoi le paiement" asks about no cash withdrawal.
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set((
  'etait etais etaient avait avais avaient aurait serait sera etre avoir faire fait faite quoi quel quelle quels '
  + 'quelles combien comment pourquoi depuis pendant encore toujours jamais rien tout toute toutes tous aussi '
  + 'merci bonjour salut voila alors retrouve retire retirer traite trait portrait '
  + 'what which where when there their these those would could should about after before again amount '
  + 'thanks hello please travel trail retail').split(' '));
