import type { Texts } from './texts';

/** The quick replies that open a conversation: what the bot can do, or how to start when unlinked. */
export function startingPoints(texts: Texts, linked: boolean): string[] {
  const q = texts.quick;
  return linked ? [q.balance, q.transactions, q.receipts, q.deliveries, q.help] : [q.link, q.help];
}
