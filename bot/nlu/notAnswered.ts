import { words } from './text/normalize';

export type NotAnswered = 'nothingSaid' | 'advice' | 'average';

/** Politeness alone ("stp", "please"): a word that asks nothing, not "stop". */
const POLITENESS_ONLY = /^(?:(?:stp|svp|s'?\s?il te plait|s'?\s?il vous plait|sil te plait|sil vous plait|steuplait|stplait|please|pls|plz|pretty please)[\s,.!?]*)+$/;
/** Advice on money: how to save or spend less, what to do with it. The data shows where it went, not what to do. */
const ADVICE = new RegExp([
  String.raw`\bcomment (?:je (?:peux|pourrais|dois) |puis je |faire (?:pour )?|on fait pour )?(?:economiser|epargner|faire des economies|depenser moins|reduire mes depenses|mettre de (?:l')?\s?argent de cote)`,
  String.raw`\b(?:des |un |vos |tes )?(?:conseils?|astuces?) (?:pour|sur|d'?\s?epargne|de budget|budget)`,
  String.raw`\b(?:que me conseill\w*|tu me conseilles|vous me conseillez|conseillez moi|conseille moi)`,
  String.raw`\bhow (?:can|could|do|should|might) i (?:save|spend less|cut (?:down )?(?:my )?(?:spending|costs|expenses)|reduce my (?:spending|expenses)|budget better)`,
  String.raw`\bhow to (?:save|spend less|budget)`,
  String.raw`\b(?:tips|advice|ideas) (?:to|for|on|about) (?:sav\w*|budget\w*|spend\w* less|cutting|cut|money|my money|my finances)`,
  String.raw`\bhelp me (?:to )?(?:save|spend less|budget)`,
  String.raw`\bshould i (?:invest|save|buy|put my money)`,
].join('|'));

/**
 * What the assistant does not answer, said plainly rather than refused as not understood: a message with
 * no words at all (empty, only markup or symbols) or only a "please", which is no failure to understand and never a reason
 * for an adviser; advice on money. Spending advice named with the words of a data question ("how can I
 * save money") would otherwise be answered with data that was not asked for. A mean of anything but
 * spending is the other thing not answered; it is judged once the intent is known (`averageCue.ts`).
 */
export function findNotAnswered(folded: string): NotAnswered[] {
  if (words(folded).length === 0 || POLITENESS_ONLY.test(folded)) return ['nothingSaid'];
  if (ADVICE.test(folded)) return ['advice'];
  return [];
}
