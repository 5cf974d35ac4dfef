import type { ConversationMemory } from './conversationMemory';
import type { AccountStore } from '../data/accountStore';
import type { AuditLog } from '../data/auditLog';
import type { ChatUserRecords } from '../data/chatUserRecords';
import type { DeliveryStore } from '../data/deliveryStore';
import type { LinkStore } from '../data/linkStore';
import type { NotificationSettingsStore } from '../data/notificationSettingsStore';
import type { ReceiptStore } from '../data/receiptStore';
import type { TransactionStore } from '../data/transactionStore';

/**
 * Everything the dialogs read, as the composition root builds it once for every conversation. No dialog
 * takes all of it: each constructor names the `Pick` it uses, so a dialog can be built alone in a test.
 * (Time is not here: a turn's "now" comes with the turn, in `TurnInfo`.)
 */
export interface DialogServices {
  accounts: AccountStore;
  transactions: TransactionStore;
  receipts: ReceiptStore;
  deliveries: DeliveryStore;
  links: LinkStore;
  audit: AuditLog;
  timeZone: string;
  lockoutMinutes: number;
  /** The card-blocking line and the bank's app, for what the assistant does not do. */
  helpElsewhere: { cardEmergencyPhone: string; bankAppUrl: string };
  /** What each chat user asked to be told (real-time updates). */
  notificationSettings: NotificationSettingsStore;
  /** Every store keeping something about chat users, for "what do you keep?" and "erase my data". */
  chatUserRecords: ChatUserRecords[];
  /** Per-conversation memory (last request, failures, transcript) through state accessors. */
  memory: ConversationMemory;
}
