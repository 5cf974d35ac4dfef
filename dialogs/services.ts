import type { Clock } from '../bot/clock';
import type { AccountStore } from '../data/accountStore';
import type { AuditLog } from '../data/auditLog';
import type { ChatUserRecords } from '../data/chatUserRecords';
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
  /** Every store that keeps something about a chat user: listed by "what do you know about me?", erased by "delete my data". */
  chatUserRecords: ChatUserRecords[];
}
