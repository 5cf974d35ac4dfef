import type { RecognizerResult } from 'botbuilder';
import type { Language } from '../data/language';
import type { AccountType, DateRange } from '../data/types';

/**
 * The entities a message is understood to carry: the second half of the recognizer's output contract
 * (`bot/nlu` fills them). All optional; each is an array, as in LUIS/CLU results. `language` is always
 * set so that dialogs answer in the message's language.
 */
export interface RecognizedEntities {
  language: Language;
  /** Inclusive date ranges in the bank's time zone. */
  period?: DateRange[];
  /** Only the Saturdays and Sundays of the period count ("les week-ends du mois dernier", "on weekends"). */
  dayKind?: 'weekend'[];
  /** `cardLast4`: a card named by its last four digits ("carte 1881"), which may be none of the customer's. */
  account?: { id?: string; type?: AccountType; text: string; cardLast4?: string }[];
  /** Accounts the message leaves out ("sauf le LA", "not the savings"): without one named, the others are meant. */
  notAccount?: { id?: string; type?: AccountType; text: string }[];
  merchant?: string[];
  category?: string[];
  /** Shops and categories the message leaves out ("pas chez Carrefour", "hors loyer", "except groceries"). */
  notMerchant?: string[];
  notCategory?: string[];
  /** A kind of spending narrower than the categories the bank records ("carburant", "trains" within transport). */
  narrowerKind?: ('fuel' | 'rail')[];
  /**
   * A threshold ("plus de 100 €" leaves 100 out: `gt`; "au moins 100 €" keeps it: `gte`), one exact amount
   * ("le paiement de 49,99 €", `eq`), or a range as its two bounds ("entre 20 et 30 €": `gte` then `lte`).
   */
  amount?: { cents: number; comparison: 'gt' | 'gte' | 'lt' | 'lte' | 'eq' }[];
  direction?: ('out' | 'in')[];
  /** A link code typed after "link"/"lier". */
  linkCode?: string[];
  /**
   * What a Transactions or Income request wants: the movements, a total, the biggest expense, whether a
   * payment has come in, the income of a period by payer (`earnings`), whether the salary has come in, or
   * the mean spending per month (`average`).
   */
  transactionView?: ('list' | 'total' | 'biggest' | 'income' | 'earnings' | 'salary' | 'average')[];
  /** What a mean is per, when the message says it ("en moyenne par semaine", "my average weekly spend"); a month when not said. */
  averagePer?: ('week' | 'month' | 'day' | 'year')[];
  /** The message asks when ("quand…", "when…"): an answer about one movement leads with its date. */
  askedWhen?: 'when'[];
  /** The message asks for the latest payment ("when did I last pay at Tesco"): its date and amount, not a total. */
  lastPayment?: 'last'[];
  /** What a Privacy request asks: what the assistant keeps, to erase it, who accessed the data, or with whom it is shared. */
  privacy?: ('show' | 'erase' | 'audit' | 'sharing')[];
  /** A Notifications request: turn a kind of update on or off (a threshold comes as an `amount`). */
  notification?: { action: 'on' | 'off'; topic: 'all' | 'transactions' | 'deliveries' | 'lowBalance' | 'unusual' }[];
  /**
   * What the assistant does not answer, said plainly: a message with no words (empty, only markup),
   * advice on money, an average of anything but spending (a mean balance). The intent is then `None`, and
   * it is no failure to understand.
   */
  notAnswered?: ('nothingSaid' | 'advice' | 'average')[];
  /** What to do elsewhere: a lost or stolen card (the blocking number), or what only the bank's app does. */
  elsewhere?: ('lostCard' | 'bankApp')[];
  /** A Delivery request for every recent parcel, delivered ones included ("toutes mes livraisons"). */
  deliveryScope?: 'all'[];
  /** The message asks where a parcel is or when it comes ("où en est le colis", "track"), whatever else it names. */
  parcelQuestion?: 'whereabouts'[];
  /** Order numbers quoted in the message, upper-cased ("FN-20418836"). */
  orderNumber?: string[];
  /**
   * An item of a list: the most recent one ("the latest"), the recent ones ("my recent receipts": a short
   * list, newest first), the one at a position ("la deuxième", "2"), or the one before the item last shown
   * ("et celle d'avant", "and the one before?").
   */
  reference?: ({ kind: 'latest' } | { kind: 'recent' } | { kind: 'previous' } | { kind: 'position'; position: number })[];
  /** The message continues ("et…", "and…") or corrects ("non, plutôt…") the previous question. */
  followUp?: ('continue' | 'correct')[];
  /**
   * Holidays named whose dates we cannot know ("les vacances de printemps" differ by zone, "half term" by
   * school): the answer asks for the dates rather than take another period.
   */
  undatedPeriod?: 'holidays'[];
  /** "le mois d'avant", "the week after": the previous question's period moved by one unit. */
  periodShift?: { unit: 'day' | 'week' | 'fortnight' | 'month' | 'year'; step: -1 | 1 }[];
  /** A message that is only an amount ("100", "100 €"), in cents: the answer to "which amount?". */
  bareAmount?: { cents: number }[];
  /**
   * The currencies the message's amounts are named in ("below 50 pounds" → `GBP`), ISO 4217 codes: an
   * amount in another currency than the account's is not the account's money.
   */
  currency?: string[];
  /**
   * The message with the currency words of its amounts taken out ("payments over £100" → "payments over
   * 100"), when it names one: asked again with a tap, its amounts are the account's money, said in the answer.
   */
  withoutCurrency?: string[];
  /** A message that is only a yes or a no ("oui", "d'accord", "no thanks"): the answer to a yes/no question. */
  yesNo?: ('yes' | 'no')[];
  /** How many items a list should show ("les 5 dernières opérations", "my last transaction" is 1). */
  count?: number[];
  /**
   * The message asks something of its own (a possessive first, a subject or a verb: "mes livrets", "je l'ai
   * payé combien"), unlike the bare slots of a follow-up ("chez Amazon ?"): without a follow-up marker it
   * starts afresh, whatever its intent.
   */
  ownQuestion?: 'question'[];
  /**
   * The message asks to change what the assistant only reads ("cancel my Amazon order", "reporte ma
   * livraison"): it is refused, and never continues the previous question, whatever shop or period it names.
   */
  readOnlyAction?: 'change'[];
}

/** The most requests one message is answered for: any more are read as part of the last (a reply stays short on a phone). */
export const MOST_REQUESTS = 3;

export type BankRecognizerResult = RecognizerResult & {
  entities: RecognizedEntities;
  /**
   * The requests of a message that asks two or three different things ("mon solde et mes 3 dernières
   * opérations"), each read on its own, in order: the main dialog answers each in turn. Absent for one request;
   * never more than `MOST_REQUESTS`.
   */
  clauses?: BankRecognizerResult[];
};
