/** "who looked at / qui a consulté …", "access log / journal des accès". */
const AUDIT = [
  /\b(?:who|qui)\b.*\b(?:look(?:ed)?|see[ns]?|saw|seen|access(?:ed)?|view(?:ed)?|check(?:ed)?|consult\w*|vu|voit|acced\w*|regard\w*)\b/,
  /\b(?:access(?:es)? log|audit|journal des acces|historique des acces)\b/,
];
/** "delete / erase / forget / supprime / efface / oublie …". */
const ERASE = /\b(?:delete|erase|remove|wipe|forget|supprim\w*|effac\w*|oubli\w*)\b/;

/**
 * "who do you share my data with / vous partagez mes infos avec qui / transmises à des tiers": sharing said
 * together with data or a "who" ("what share of my spending" is no privacy question).
 */
const SHARING = [
  /\b(?:shar(?:e|es|ed|ing)|sell|sold|partag\w*|transm\w*)\b.*\b(?:data|info\w*|details|donnees|who|whom|qui|tiers|third)\b/,
  /\b(?:who|whom|qui)\b.*\b(?:shar(?:e|es|ed|ing)|partag\w*|transm\w*)\b/,
  /\b(?:third part(?:y|ies)|des tiers)\b/,
];

/** "about me / my data / sur moi / mes données": asking what is kept. */
const ABOUT_ME = /\b(?:about me|on me|sur moi|my (?:personal )?(?:data|info\w*)|mes (?:donnees|infos?)|personal data|donnees perso\w*)\b/;

/**
 * What a Privacy request asks: who accessed the data ('audit'), to erase it ('erase'), with whom it is
 * shared ('sharing'), or by default what
 * the assistant keeps ('show'). Only set when the message says one of the first two; the dialog reads
 * no entity as 'show'.
 */
export function findPrivacyRequest(folded: string): ('show' | 'erase' | 'audit' | 'sharing')[] {
  if (AUDIT.some((pattern) => pattern.test(folded))) return ['audit'];
  if (ERASE.test(folded)) return ['erase'];
  if (SHARING.some((pattern) => pattern.test(folded))) return ['sharing'];
  if (ABOUT_ME.test(folded)) return ['show'];
  return [];
}
