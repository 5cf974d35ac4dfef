import { bankRecords } from './001_bank_records';
import { chatIdentity } from './002_chat_identity';
import { notifications } from './003_notifications';
import { messageRate } from './004_message_rate';
import { ownTransfersAndCards } from './005_own_transfers_and_cards';
import { limits } from './006_limits';
import { queryIndexes } from './007_query_indexes';
import { unusualPaymentAlerts } from './008_unusual_payment_alerts';
import { outboxClaims } from './009_outbox_claims';
import { conversationLocks } from './010_conversation_locks';
import { messageRateOnWindowCounters } from './011_message_rate_on_window_counters';
import { handoffMessages } from './012_handoff_messages';

/** Every schema change, in order. Append only: a shipped migration is never edited. */
export const MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  { version: 1, name: 'bank records', sql: bankRecords },
  { version: 2, name: 'chat identity', sql: chatIdentity },
  { version: 3, name: 'notifications', sql: notifications },
  { version: 4, name: 'message rate', sql: messageRate },
  { version: 5, name: 'own transfers and cards', sql: ownTransfersAndCards },
  { version: 6, name: 'limits', sql: limits },
  { version: 7, name: 'query indexes', sql: queryIndexes },
  { version: 8, name: 'unusual payment alerts', sql: unusualPaymentAlerts },
  { version: 9, name: 'outbox claims', sql: outboxClaims },
  { version: 10, name: 'conversation locks', sql: conversationLocks },
  { version: 11, name: 'message rate on window counters', sql: messageRateOnWindowCounters },
  { version: 12, name: 'handoff messages', sql: handoffMessages },
];
