/** "who looked at / qui a consulté …", "access log / journal des accès". */
const AUDIT = [
  /\b(?:who|qui)\b.*\b(?:look(?:ed)?|see[ns]?|saw|seen|access(?:ed)?|view(?:ed)?|check(?:ed)?|consult\w*|vu|voit|acced\w*|regard\w*)\b/,
  /\b(?:access(?:es)? log|audit|journal des acces|historique des acces)\b/,
];
/** "delete / erase / forget / supprime / efface / oublie …". */
const ERASE = /\b(?:delete|erase|remove|wipe|forget|supprim\w*|effac\w*|oubli\w*)\b/;

/** "about me / my data / sur moi / mes données": asking what is kept. */
const ABOUT_ME = /\b(?:about me|on me|sur moi|my (?:personal )?(?:data|info\w*)|mes (?:donnees|infos?)|personal data|donnees perso\w*)\b/;

/**
 * What a Privacy request asks: who accessed the data ('audit'), to erase it ('erase'), or by default what
 * the assistant keeps ('show'). Only set when the message says one of the first two; the dialog reads
 * no entity as 'show'.
 */
export function findPrivacyRequest(folded: string): ('show' | 'erase' | 'audit')[] {
  if (AUDIT.some((pattern) => pattern.test(folded))) return ['audit'];
  if (ERASE.test(folded)) return ['erase'];
  if (ABOUT_ME.test(folded)) return ['show'];
  return [];
}
