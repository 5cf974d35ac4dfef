import type { IntentName, Language } from './types';

interface Cues {
  /** Words of money spent: the cues below are about spending only with one of them. */
  spending: RegExp;
  /** A comparison: "compare", "vs", "more … than" (but not "more than 50", an amount). */
  comparison: RegExp;
  /** Comparing is said by the verb: with two periods, "comparer octobre et novembre" needs no spending word. */
  compareVerb: RegExp;
  /** Other money than spending: comparing those is not a spending comparison. */
  otherMoney: RegExp;
  /** A picture of the spending: it is the breakdown, drawn. */
  chart: RegExp;
}

const CUES: Readonly<Record<Language, Cues>> = {
  fr: {
    spending: /\b(?:depens\w*|claque\w*|flambe\w*|debourse\w*)\b/,
    comparison: /\bcompar\w*|\bdifference\b|\bvs\b|\bversus\b|\b(?:plus|moins)\b(?!\s+(?:de|d)\W*\d)(?:\W+\w+){0,6}?\W+que?\b/,
    compareVerb: /\bcompar\w*/,
    otherMoney: /\b(?:solde|soldes|revenus?|salaires?|paie|epargne)\b/,
    chart: /\b(?:graphiques?|graphes?|graph|camembert|diagrammes?|schema)\b/,
  },
  en: {
    spending: /\b(?:spend\w*|spent|expenses?|expenditure|outgoings)\b/,
    comparison: /\bcompar\w*|\bdifference\b|\bvs\b|\bversus\b|\b(?:more|less)\b(?!\s+than\W+\d)(?:\W+\w+){0,6}?\W+than\b/,
    compareVerb: /\bcompar\w*/,
    otherMoney: /\b(?:balances?|income|salary|savings|earnings)\b/,
    chart: /\b(?:charts?|graphs?|diagrams?|visual)\b/,
  },
};

/**
 * An insight the wanted words say outright, whatever the classifier's scores: spending in one period set
 * against another ("j'ai dépensé plus ce mois-ci que le mois dernier", "compare october and november
 * spending") is a SpendingComparison, a chart of the spending a SpendingBreakdown. Period words are gone
 * from `wanted`, so the periods named come as a count. Undefined leaves the message to the classifier.
 */
export function insightByCue(wanted: string, language: Language, periodCount: number): IntentName | undefined {
  const cues = CUES[language];
  const spending = cues.spending.test(wanted);
  if (periodCount > 0 && cues.comparison.test(wanted) && !cues.otherMoney.test(wanted)
    && (spending || (periodCount > 1 && cues.compareVerb.test(wanted)))) return 'SpendingComparison';
  if (spending && cues.chart.test(wanted)) return 'SpendingBreakdown';
  return undefined;
}
