import { enoughForReading } from './enoughFor';
import { words } from './text/normalize';

export type NotAnswered = 'nothingSaid' | 'advice' | 'average';

/** Politeness alone ("stp", "please"): a word that asks nothing, not "stop". */
const POLITENESS_ONLY = /^(?:(?:stp|svp|s'?\s?il te plait|s'?\s?il vous plait|sil te plait|sil vous plait|steuplait|stplait|please|pls|plz|pretty please)[\s,.!?]*)+$/;
const PRODUCTS_FR = String.raw`livret a|livrets?|assurances?[\s-]*vie|pea|pel|cel|ldds|lep|bourse|actions|obligations|crypto\w*|bitcoin|immobilier|scpi|per|compte a terme`;
const PRODUCTS_EN = String.raw`isas?|savings|stocks|shares|pension|bonds|crypto\w*|bitcoin|property|premium bonds|easy saver|index funds?|funds`;

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
  // Choosing for the customer: "should I…", "devrais-je…", "vaut-il mieux…", "is it worth…".
  String.raw`\b(?:should|shall) (?:i|we) (?:really |still |rather )?(?:invest|save|buy|put|move|keep|take|get|choose|go for|open|switch|sell|spend|pay off|use|sign up|start|stop|cancel|leave|split|book|wait)\b`,
  String.raw`\b(?:is it|would it be|it is|it's|its|is that|would that be) (?:really )?(?:worth|better|best|wise|smart|sensible|a good idea|a bad idea)\b|\bworth it\b|\b(?:which|what) (?:one )?(?:is|would be|'s) (?:better|best|smarter)\b`,
  String.raw`\b(?:je devrais|devrais[\s-]*je|est[\s-]*ce que je devrais|tu crois que je devrais|vous pensez que je devrais|faudrait[\s-]*il que je|je ferais mieux de) (?:plutot |vraiment )?(?:mettre|placer|investir|acheter|prendre|garder|ouvrir|choisir|epargner|economiser|vendre|souscrire|transferer|virer|partir|changer|passer|rembourser|utiliser|attendre|reserver|depenser|arreter|resilier)\b`,
  String.raw`\b(?:vaut[\s-]*il mieux|il vaut mieux|vaudrait[\s-]*il mieux|il vaudrait mieux|c'?\s?est mieux de|est[\s-]*il preferable|il est preferable|est[\s-]*ce mieux)\b`,
  String.raw`\b(?:vaut[\s-]*il le coup|ca vaut le coup|vaut la peine|ca vaut la peine|est[\s-]*il judicieux|est[\s-]*ce (?:judicieux|raisonnable|une bonne idee)|c'?\s?est une bonne idee|bonne idee de)\b`,
  // Affordability is a judgement on the customer's money, not a figure: "can I afford…", "ai-je les moyens…".
  String.raw`\bafford(?:s|ed|ing|able)?\b`,
  String.raw`\b(?:je peux|puis[\s-]*je|est[\s-]*ce que je peux|pourrais[\s-]*je|je pourrais) me (?:permettre|payer|l'?\s?offrir|offrir)\b|\b(?:ai[\s-]*je|j'?\s?ai|est[\s-]*ce que j'?\s?ai) les moyens\b`,
  // Placing money: "le livret A ou l'assurance vie", "an ISA or shares": a choice between products.
  String.raw`\b(?:mettre|placer|investir|epargner|mieux|plutot|choisir|ouvrir|garder)\b.*\b(?:${PRODUCTS_FR})\b.*\bou\b`,
  String.raw`\b(?:put|invest|save|better|choose|open|keep|move)\b.*\b(?:${PRODUCTS_EN})\b.*\bor\b`,
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
  if (ADVICE.test(folded) || enoughForReading(folded) === 'advice') return ['advice'];
  return [];
}
