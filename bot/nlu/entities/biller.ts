import { foldText, words } from '../text/normalize';
import { memo } from '../text/memo';

/** A bill word: without one, "l'eau" or "gas" is no bill ("combien j'ai mis d'essence", "water bottle"). */
export const BILL_WORD = /\b(?:bills?|factures?)\b/;
/**
 * "spend on gas" alone: to a customer who pays a gas supplier (British Gas), the gas they pay is that bill; to
 * one who does not, it is the American word for petrol (`findNarrowerKind`). Never the whole spending.
 */
const BARE_GAS = /\bgas\b(?!\s*stations?\b)/;

/**
 * The words a bill for one utility is called by, in either language, and the words a biller of it carries
 * in its name ("Thames Water", "Eau de Bordeaux Métropole", "EDF"): both sets are the same words.
 */
const UTILITY_WORDS: readonly (readonly string[])[] = [
  ['water', 'eau'],
  ['gas', 'gaz'],
  ['electricity', 'electric', 'electricite', 'edf', 'engie'],
];

const [, GAS] = UTILITY_WORDS;

const nameWordsOf = memo((merchant) => new Set(words(foldText(merchant))));

/**
 * The customer's merchants a bill names by what it is for ("is my water bill due soon", "ma facture d'eau"):
 * those whose name carries the utility's word. A three-letter "eau" is too short to find a merchant by
 * itself (`findMerchants` needs four letters), but beside "facture" it can only mean the water company.
 */
export function findBillers(folded: string, messageWords: readonly string[], merchants: readonly string[]): string[] {
  const billNamed = BILL_WORD.test(folded);
  if (!billNamed && !BARE_GAS.test(folded)) return [];
  const said = (billNamed ? UTILITY_WORDS : [GAS]).filter((kind) => kind.some((word) => messageWords.includes(word)));
  if (said.length === 0) return [];
  return merchants.filter((merchant) => said.some((kind) => kind.some((word) => nameWordsOf(merchant).has(word))));
}
