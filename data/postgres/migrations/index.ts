import { botState } from './001_bot_state';
import { chatIdentity } from './002_chat_identity';
import { notifications } from './003_notifications';
import { limits } from './004_limits';
import { bankRecords } from './005_bank_records';
import { dataVersion } from './006_data_version';
import { messageRateOnWindowCounters } from './007_message_rate_on_window_counters';
import { handoffMessages } from './008_handoff_messages';

/**
 * PostgreSQL schema changes, in order: the chat-side tables, then the bank's records. Money is bigint cents, times timestamptz. Append only.
 */
export const POSTGRES_MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  { version: 1, name: 'bot state', sql: botState },
  { version: 2, name: 'chat identity', sql: chatIdentity },
  { version: 3, name: 'notifications', sql: notifications },
  { version: 4, name: 'limits', sql: limits },
  { version: 5, name: 'bank records', sql: bankRecords },
  { version: 6, name: 'data version', sql: dataVersion },
  { version: 7, name: 'message rate on window counters', sql: messageRateOnWindowCounters },
  { version: 8, name: 'handoff messages', sql: handoffMessages },
];
