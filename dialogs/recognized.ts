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
  account?: { id?: string; type?: AccountType; text: string }[];
  merchant?: string[];
  category?: string[];
  /** Shops and categories the message leaves out ("pas chez Carrefour", "hors loyer", "except groceries"). */
  notMerchant?: string[];
  notCategory?: string[];
  /** A kind of spending narrower than the categories the bank records ("carburant" within transport). */
  narrowerKind?: 'fuel'[];
  /** A threshold ("plus de 100 €") or one exact amount ("le paiement de 49,99 €", `eq`). */
  amount?: { cents: number; comparison: 'gt' | 'lt' | 'eq' }[];
  direction?: ('out' | 'in')[];
  /** A link code typed after "link"/"lier". */
  linkCode?: string[];
  /**
   * What a Transactions or Income request wants: the movements, a total, the biggest expense, whether a
   * payment has come in, the income of a period by payer (`earnings`), or whether the salary has come in.
   */
  transactionView?: ('list' | 'total' | 'biggest' | 'income' | 'earnings' | 'salary')[];
  /** What a Privacy request asks: what the assistant keeps, to erase it, who accessed the data, or with whom it is shared. */
  privacy?: ('show' | 'erase' | 'audit' | 'sharing')[];
  /** A Notifications request: turn a kind of update on or off (a threshold comes as an `amount`). */
  notification?: { action: 'on' | 'off'; topic: 'all' | 'transactions' | 'deliveries' | 'lowBalance' | 'unusual' }[];
  /**
   * What the assistant does not answer, said plainly: a message with no words (empty, only markup),
   * advice on money, an average. The intent is then `None`, and it is no failure to understand.
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
   * An item of a list: the most recent one ("the latest"), the one at a position ("la deuxième", "2"), or the
   * one before the item last shown ("et celle d'avant", "and the one before?").
   */
  reference?: ({ kind: 'latest' } | { kind: 'previous' } | { kind: 'position'; position: number })[];
  /** The message continues ("et…", "and…") or corrects ("non, plutôt…") the previous question. */
  followUp?: ('continue' | 'correct')[];
  /** "le mois d'avant", "the week after": the previous question's period moved by one unit. */
  periodShift?: { unit: 'day' | 'week' | 'fortnight' | 'month' | 'year'; step: -1 | 1 }[];
  /** A message that is only an amount ("100", "100 €"), in cents: the answer to "which amount?". */
  bareAmount?: { cents: number }[];
  /**
   * The currencies the message's amounts are named in ("below 50 pounds" → `GBP`), ISO 4217 codes: an
   * amount in another currency than the account's is not the account's money.
   */
  currency?: string[];
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
