import { wantedPart } from './clauses';
import { withoutFollowUpMarker, withoutPeriodShift } from './entities/follow-up';
import { withoutPeriodWords } from './periods';
import { isNearMatch } from './text/edit-distance';
import { foldText, words } from './text/normalize';
import type { Language } from './types';

/** An order or tracking number: a word of 5 characters or more with a digit in it. */
const IDENTIFIER = /^(?=.*\d)[a-z0-9-]{5,}$/;
/** A short number: an amount, a count or a day, which the entities read. */
const NUMBER = /^\d{1,4}$/;
/** What every short number reads as: "plus de 50 euros" and "plus de 200 euros" are one request. */
const NUMBER_WORD = '0';

/**
 * The words the intent classifier should read, in training as in recognition. Only the clause that says
 * what is wanted counts; period words and shifts ("the month before") belong to the period entities and say
 * nothing of the intent ("before" is no upcoming payment), and so does an opening follow-up marker ("et",
 * "and"), an entity too. Names and numbers belong to entities too: "where
 * is my Argos order?" asks the same thing as "where is my order?", but an unknown shop name or an order
 * number would otherwise pull the message towards `None`. A number reads as the word for an order, which is
 * what customers name by number here.
 */
export function classificationText(folded: string, language: Language, merchants: readonly string[]): string {
  const all = words(folded);
  // A lone number is an answer to a question (a link code, a choice), not a request about an order.
  if (all.length < 2) return folded;
  const focused = withoutFollowUpMarker(withoutPeriodShift(withoutPeriodWords(wantedPart(folded, language))));
  const nameWords = merchants.flatMap((merchant) => words(foldText(merchant)));
  const kept = words(focused)
    .filter((word) => !nameWords.some((nameWord) => nameWord.length >= 3 && isNearMatch(word, nameWord)))
    .map((word) => (IDENTIFIER.test(word) ? ORDER_WORD[language] : NUMBER.test(word) ? NUMBER_WORD : word));
  // Nothing but a shop's name ("Sushi Shop") asks nothing by itself: entities carry it, not the intent.
  return kept.join(' ');
}

const ORDER_WORD: Record<Language, string> = { en: 'order', fr: 'commande' };
