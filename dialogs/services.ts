import type { Clock } from '../bot/clock';
import type { ConversationMemory } from './conversationMemory';
import type { AccountStore } from '../data/accountStore';
import type { AuditLog } from '../data/auditLog';
import type { DeliveryStore } from '../data/deliveryStore';
import type { LinkStore } from '../data/linkStore';
import type { ReceiptStore } from '../data/receiptStore';
import type { TransactionStore } from '../data/transactionStore';

/** The stores and settings dialogs read; one instance shared by every conversation. */
export interface DialogServices {
  accounts: AccountStore;
  transactions: TransactionStore;
  receipts: ReceiptStore;
  deliveries: DeliveryStore;
  links: LinkStore;
  audit: AuditLog;
  clock: Clock;
  timeZone: string;
  lockoutMinutes: number;
  /** Per-conversation memory (last request, failures, transcript) through state accessors. */
  memory: ConversationMemory;
}
