import type { RecognizerResult } from 'botbuilder';
import type { AccountType } from '../../data/types';

export type Language = 'fr' | 'en';

/**
 * Data intents the dialogs serve; everything the bot cannot serve is `None`. `Income` is money coming in:
 * the income of a period by payer, and whether the salary has come in.
 */
export type DataIntent = 'Balance' | 'Transactions' | 'Income' | 'Receipt' | 'Delivery' | InsightIntent;
/**
 * Insight into the customer's own money: recurring payments, what is coming up (and the balance it
 * leaves until payday), spending against the usual, and where the money went (a chart).
 */
export type InsightIntent = 'Subscriptions' | 'Upcoming' | 'SpendingComparison' | 'SpendingBreakdown';
export type ConversationIntent =
  | 'Greeting' | 'Thanks' | 'Help' | 'Cancel' | 'LinkAccount' | 'Unlink'
  | 'Notifications' | 'Privacy' | 'Handoff' | 'ShowMore' | 'Goodbye';
export type IntentName = DataIntent | ConversationIntent | 'None';

/** What the linked customer's own data lets the recognizer resolve against. Empty when unlinked. */
export interface CustomerVocabulary {
  accounts: { id: string; type: AccountType; name: string }[];
  merchants: string[];
  categories: string[];
}

export interface RecognizeOptions {
  /** `activity.locale`, a hint only: the message's own language wins. */
  localeHint?: string;
  /** The conversation's language so far: kept for an ambiguous message ("ok", a code). */
  conversationLanguage?: Language;
  /** The linked customer's locale in the bank's records: the prior (see `chooseLanguage`). */
  customerLocale?: string;
  vocabulary?: CustomerVocabulary;
  /** "now", for periods; from the bot's clock. */
  now: Date;
  /** IANA zone of the bank, for periods (default Europe/Paris). */
  timeZone: string;
}

/** An inclusive date range in the bank's time zone, `YYYY-MM-DD`. */
export interface Period {
  start: string;
  end: string;
}

/**
 * The entities this recognizer fills. All optional; each is an array, as in LUIS/CLU results.
 * `language` is always set so that dialogs answer in the message's language.
 */
export interface RecognizedEntities {
  language: Language;
  period?: Period[];
  account?: { id?: string; type?: AccountType; text: string }[];
  merchant?: string[];
  category?: string[];
  amount?: { cents: number; comparison: 'gt' | 'lt' }[];
  direction?: ('out' | 'in')[];
  /** A link code typed after "link"/"lier". */
  linkCode?: string[];
  /**
   * What a Transactions or Income request wants: the movements, a total, the biggest expense, whether a
   * payment has come in, the income of a period by payer (`earnings`), or whether the salary has come in.
   */
  transactionView?: ('list' | 'total' | 'biggest' | 'income' | 'earnings' | 'salary')[];
  /** What a Privacy request asks: what the assistant keeps, to erase it, or who accessed the data. */
  privacy?: ('show' | 'erase' | 'audit')[];
  /** A Notifications request: turn a kind of update on or off (a threshold comes as an `amount`). */
  notification?: { action: 'on' | 'off'; topic: 'all' | 'transactions' | 'deliveries' | 'lowBalance' | 'unusual' }[];
  /** What to do elsewhere: a lost or stolen card (the blocking number), or what only the bank's app does. */
  elsewhere?: ('lostCard' | 'bankApp')[];
  /** A Delivery request for every recent parcel, delivered ones included ("toutes mes livraisons"). */
  deliveryScope?: 'all'[];
  /** Order numbers quoted in the message, upper-cased ("FN-20418836"). */
  orderNumber?: string[];
  /** An item of a list: the most recent one ("the latest"), or the one at a position ("la deuxième", "2"). */
  reference?: ({ kind: 'latest' } | { kind: 'position'; position: number })[];
  /** The message continues ("et…", "and…") or corrects ("non, plutôt…") the previous question. */
  followUp?: ('continue' | 'correct')[];
  /** "le mois d'avant", "the week after": the previous question's period moved by one unit. */
  periodShift?: { unit: 'day' | 'week' | 'month' | 'year'; step: -1 | 1 }[];
  /** A message that is only an amount ("100", "100 €"), in cents: the answer to "which amount?". */
  bareAmount?: { cents: number }[];
  /** A message that is only a yes or a no ("oui", "d'accord", "no thanks"): the answer to a yes/no question. */
  yesNo?: ('yes' | 'no')[];
  /** How many items a list should show ("les 5 dernières opérations", "my last transaction" is 1). */
  count?: number[];
}

export type BankRecognizerResult = RecognizerResult & { entities: RecognizedEntities };
