/**
 * The message asks when ("quand ai-je été payé", "when was my last paycheck", "à quelle date"): an answer
 * about one movement then leads with its date, not with "yes". Folded words.
 */
const WHEN = /\b(?:quand|a quelle date|quel jour|le combien|when|what day|what date|which day|on what date)\b/;

export function findAskedWhen(folded: string): 'when'[] {
  return WHEN.test(folded) ? ['when'] : [];
}
