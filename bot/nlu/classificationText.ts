import { wantedPart } from './clauses';
import { withoutFollowUpMarker, withoutPeriodShift } from './entities/followUp';
import { withoutPeriodWords } from './periods';
import { isNearMatch } from './text/editDistance';
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
  const kept = withoutMerchantNames(words(focused), merchants.map((merchant) => words(foldText(merchant))))
    .map((word) => (IDENTIFIER.test(word) ? ORDER_WORD[language] : NUMBER.test(word) ? NUMBER_WORD : word));
  // Nothing but a shop's name ("Sushi Shop") asks nothing by itself: entities carry it, not the intent.
  return kept.join(' ');
}

/**
 * The message's words less the merchants' names. A name written out in full goes whole, its short words
 * too: the "s" of "Nando's" or the "a" of "Pret A Manger" left behind made "how much at Nando's this year?"
 * read as "how much at s", a balance question. Elsewhere only words near a long word of a name go (a name
 * partly typed, "sainsburys"), so that a short word such as "a" is never dropped from the request itself.
 */
function withoutMerchantNames(message: readonly string[], names: readonly (readonly string[])[]): string[] {
  const inFullName = message.map(() => false);
  for (const name of names) {
    for (let start = 0; name.length > 0 && start + name.length <= message.length; start++) {
      if (name.every((nameWord, offset) => isNameWord(message[start + offset], nameWord))) inFullName.fill(true, start, start + name.length);
    }
  }
  const longNameWords = names.flat().filter((nameWord) => nameWord.length >= 3);
  return message.filter((word, index) => !inFullName[index] && !longNameWords.some((nameWord) => isNearMatch(word, nameWord)));
}

function isNameWord(word: string, nameWord: string): boolean {
  return word === nameWord || (nameWord.length >= 3 && isNearMatch(word, nameWord));
}

const ORDER_WORD: Record<Language, string> = { en: 'order', fr: 'commande' };
