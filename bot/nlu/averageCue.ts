import type { IntentScore } from './classifier/intentClassifier';
import type { RecognizedEntities } from './types';

/** Words of spending, SMS spellings included once written out ("depenc" is "depense"). */
const SPENDING = /\b(?:depens\w*|depenc\w*|spen[dt]\w*|expenses?|outgoings|achats?|courses|budget|coute\w*)\b/;
/** Words of money earned: a mean of them is one of income ("combien je gagne en moyenne par mois"). */
const EARNING = /\b(?:gagn\w*|revenus?|salaires?|paie|touche\w*|income|earn\w*|salary|wages?|paid)\b/;
/** The intents a mean of spending may be read as: its words are those of totals, insights and regular payments. */
const SPENDING_INTENTS: ReadonlySet<string> = new Set(['Transactions', 'SpendingComparison', 'SpendingBreakdown', 'Subscriptions', 'Upcoming']);

/**
 * A message with a mean in it (`transactionView` `average`): a mean of spending ("combien je dépense en
 * moyenne par mois", "dépense moyenne en courses", "my average grocery bill") is a Transactions request,
 * whatever the classifier made of its words; a mean of income ("combien je gagne en moyenne par mois", "my
 * average monthly income") is an Income one, answered over the same months; a mean of anything else ("my average balance") is not
 * answered, and said so (`notAnswered`). Undefined for a message without a mean.
 */
export function averageReading(
  folded: string, entities: RecognizedEntities, scores: readonly IntentScore[],
): { scores: IntentScore[]; notAnswered?: 'average'[] } | undefined {
  if (entities.transactionView?.[0] !== 'average') return undefined;
  const aboutSpending = SPENDING.test(folded) || Boolean(entities.category?.length || entities.merchant?.length)
    || SPENDING_INTENTS.has(scores[0]?.intent ?? 'None');
  if (aboutSpending) return { scores: [{ intent: 'Transactions', score: 1 }] };
  const aboutIncome = entities.direction?.[0] === 'in' || EARNING.test(folded) || scores[0]?.intent === 'Income';
  return aboutIncome ? { scores: [{ intent: 'Income', score: 1 }] } : { scores: [{ intent: 'None', score: 1 }], notAnswered: ['average'] };
}
