import { AccountStore } from '../../../data/accountStore';
import { AuditLog } from '../../../data/auditLog';
import type { AdminCommand } from './adminCommand';

/** `audit <customerId>`: every access to the customer's data, newest first. */
export const auditCommand: AdminCommand = async ([customerId], { db, out, err }) => {
  if (!customerId) {
    err('usage: npm run admin -- audit <customerId>');
    return 2;
  }
  const entries = await new AuditLog(db).entries(customerId);
  if (entries.length === 0) {
    // A mistyped id must not read as "nobody looked"; the trail of a customer no longer held is still shown.
    if (!(await new AccountStore(db).customer(customerId))) {
      err(`no customer with id "${customerId}"`);
      return 1;
    }
    out(`no access recorded for ${customerId}`);
    return 0;
  }
  out('time (UTC)                 channel     user                  intent        accounts');
  for (const e of entries) {
    out(`${e.at}  ${e.channelId.padEnd(10)}  ${e.userId.padEnd(20)}  ${e.intent.padEnd(12)}  ${e.accountIds.join(',')}`);
  }
  return 0;
};
