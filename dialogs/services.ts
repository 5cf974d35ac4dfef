import type { Clock } from '../bot/clock';
import type { AccountStore } from '../data/accountStore';
import type { AuditLog } from '../data/auditLog';
import type { LinkStore } from '../data/linkStore';

/** The stores and settings dialogs read; one instance shared by every conversation. */
export interface DialogServices {
  accounts: AccountStore;
  links: LinkStore;
  audit: AuditLog;
  clock: Clock;
  timeZone: string;
  lockoutMinutes: number;
}
