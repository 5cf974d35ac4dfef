/**
 * The intents the dialogs serve: the first half of the recognizer's output contract, declared here where
 * it is consumed (`bot/nlu` implements it). Everything the bot cannot serve is `None`.
 */

/**
 * Questions about the customer's own data, each served by a dialog of its own, for a linked customer
 * only. `Income` is money coming in; the last four are insights into the customer's money: recurring
 * payments, what is coming up, spending against the usual, where the money went (a chart).
 */
export const DATA_INTENTS = [
  'Balance', 'Transactions', 'Income', 'Receipt', 'Delivery',
  'Subscriptions', 'Upcoming', 'SpendingComparison', 'SpendingBreakdown',
] as const;
export type DataIntent = (typeof DATA_INTENTS)[number];

/**
 * The data questions whose slots a follow-up can carry ("et en octobre ?", "et sur le livret A ?"): an
 * insight is answered whole, with nothing to narrow.
 */
export const FOLLOWED_UP_INTENTS: ReadonlySet<string> = new Set<DataIntent>(['Balance', 'Transactions', 'Income', 'Receipt', 'Delivery']);

export type ConversationIntent =
  | 'Greeting' | 'Thanks' | 'Help' | 'Cancel' | 'LinkAccount' | 'Unlink'
  | 'Notifications' | 'Privacy' | 'Handoff' | 'ShowMore' | 'Goodbye';
export type IntentName = DataIntent | ConversationIntent | 'None';
