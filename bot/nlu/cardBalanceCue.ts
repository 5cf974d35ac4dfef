import type { Language } from './types';

/**
 * What a card stands at, asked without a word of spending: "encours de ma carte" (the outstanding balance),
 * "how much on my credit card". Folded words. With spending words or a period ("how much did I spend on my
 * card in October") it is the card's spending, which the classifier reads.
 */
const CARD_STANDING: Readonly<Record<Language, RegExp>> = {
  fr: /\bencours\b/,
  en: /^(?:(?:and|so|ok) )?(?:how much|hw much|how mutch|hm|what'?s|what is|whats) (?:is |do i have |have i got |left |owed |owing |do i owe )?(?:on|in) (?:my |the )?(?:credit card|card|visa(?: card)?|mastercard)\s*[?.!]*$/,
};
const SPENDING_WORD = /\b(?:spent|spend|spending|paid|pay|depense\w*|paye\w*|achat\w*|bought)\b/;

export function asksCardStanding(folded: string, language: Language, periodCount: number): boolean {
  return periodCount === 0 && !SPENDING_WORD.test(folded) && CARD_STANDING[language].test(folded);
}
