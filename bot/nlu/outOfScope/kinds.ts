/**
 * The kinds of out-of-scope request that read like a question about the customer's data: they name a
 * balance, a card, a payment or an order, but ask for something else than what the data says.
 */
export type OutOfScopeKind =
  /** "how do I transfer…", "je voudrais ouvrir…": an action or a how-to, not a question about what happened. */
  | 'action'
  /** "what's the APR", "combien coûte une carte gold": the bank's prices and rates, not the customer's data. */
  | 'feesAndRates'
  /** "I've been charged twice", "je ne reconnais pas ce débit": a dispute or a fault, for an adviser. */
  | 'dispute'
  /** "my card was swallowed", "j'ai oublié mon code secret": the card itself, its PIN, passwords. */
  | 'cardOrCredentials'
  /** "alexa, buy my grocery list", "commande-moi des piles": shopping, which the bank does not do. */
  | 'shopping'
  /** "when is my next payday", "combien je gagne", "when will the money be available": money to come, not money that came in. */
  | 'payToCome'
  /**
   * "how much do I owe Visa", "how much can I max out on my card", "overdraft protection": a debt to another
   * lender, a credit or overdraft limit, the credit left on a card. None of it is in the data we read (a
   * credit card's balance is what is owed on it, never what is left to spend).
   */
  | 'creditAndLimits'
  /**
   * "is my money safe in the bank", "can I hold several currencies", "quelles devises acceptez-vous": what the
   * bank offers or guarantees, a question about its services that no figure of the customer's answers.
   */
  | 'bankService'
  /**
   * "how much data does my phone have left", "what's my car worth", "the status of the strike": the words
   * (left, worth, status, activity) of a money question, about something that is not the customer's money;
   * and facts about the world read through one such word: the news, a place ("the rents in my city"), "combien
   * d'habitants en Chine", days off, the television.
   */
  | 'notMoney';

/** Kinds a language may leave without cues (its phrasings of the kind are rare enough to leave to the models). */
type OptionalKind = 'notMoney';

/** One language's cues, each a pattern over a message's folded words (apostrophes read as spaces). */
export type KindCues = Readonly<Record<Exclude<OutOfScopeKind, OptionalKind>, RegExp> & Partial<Record<OptionalKind, RegExp>>>;

/** One pattern that matches any of the alternatives, each written (and commented) on its own. */
export function anyOf(...alternatives: string[]): RegExp {
  return new RegExp(alternatives.join('|'));
}
