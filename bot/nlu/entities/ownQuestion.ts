/**
 * A message that asks something of its own: it has a possessive that follows no preposition ("mes livrets",
 * "cancel my order") or carries a subject or a verb ("je l'ai payé combien", "how's my checking doing", "is my water bill due
 * soon"). Such a message is a new question even when the classifier cannot place it, so it never takes
 * the last question's period, account or shop. What it lacks are the bare slots of a follow-up ("chez
 * Amazon ?", "en octobre ?", "sur le livret A ?"), which name what to change and nothing else.
 */
const POSSESSIVE = /(?:^|(\S+)\s)(?:mon|ma|mes|my)\b/g;
/** "sur mon livret A ?", "at my bank?": a possessive after a preposition is still a bare slot. */
const PREPOSITIONS = new Set(['sur', 'on', 'pour', 'for', 'de', 'du', 'at', 'chez', 'in', 'en', 'dans', 'from', 'with', 'avec', 'into', 'to', 'a', 'au']);
const SUBJECT_OR_VERB = new RegExp('\\b(?:'
  + "je|j'?\\s?ai|jai|tu|vous|il|elle|est|sont|ai|avez|etait|paye|payee|payes|payer|depensee|depenser|recu|recue|"
  + "montre|montrez|affiche|donne|donnez|dis|dites|c'?\\s?est|cest|"
  + "i|i'?\\s?ve|ive|i'?\\s?m|im|you|is|are|was|were|have|has|had|did|do|does|doing|going|spend|spent|paid|pay|got|received|"
  + "show|tell|give|list|hows|whats|how's|what's|"
  + 'cancel|annule|annuler|refund|rembourse|rembourser|block|bloque|bloquer|stop|arrete|arreter'
  + ')\\b');

export function findOwnQuestion(folded: string): 'question'[] {
  const possessive = [...folded.matchAll(POSSESSIVE)].some((match) => match[1] === undefined || !PREPOSITIONS.has(match[1]));
  return possessive || SUBJECT_OR_VERB.test(folded) ? ['question'] : [];
}
