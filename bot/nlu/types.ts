import type { AccountType } from '../../data/types';
import type { Language } from '../../data/language';

// The recognizer's output contract is declared where it is consumed: the intents and entities in
// `dialogs/`, the shared values (`Language`, `DateRange`, here `Period`) in `data/`. The recognizer implements it.
export type { Language } from '../../data/language';
export type { DateRange as Period } from '../../data/types';
export type { ConversationIntent, DataIntent, IntentName } from '../../dialogs/intents';
export type { BankRecognizerResult, RecognizedEntities } from '../../dialogs/recognized';

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
