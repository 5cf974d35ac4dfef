import { OutboxStore } from '../../../data/outboxStore';
import type { AdminCommand } from './adminCommand';

/** `outbox`: notifications not sent (pending, held for Messenger's window, failed), without their content. */
export const outboxCommand: AdminCommand = async (_args, { db, out }) => {
  const rows = await new OutboxStore(db).unfinished();
  if (rows.length === 0) {
    out('outbox: nothing pending, held or failed');
    return 0;
  }
  out('id\tevent\tchannel\tstatus\tattempts\tnext attempt\tlast error');
  for (const row of rows) {
    out([row.id, row.eventId, row.channelId, row.status, row.attempts, row.nextAttemptAt, row.lastError ?? '-'].join('\t'));
  }
  return 0;
};
