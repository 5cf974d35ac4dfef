import type { Db } from './database';
import type { ChatUserRecords, ChatUserRecordSummary } from './chatUserRecords';
import type { ChatUser } from './linkStore';
import type { NotificationPayload } from './notifications/payload';

export type OutboxStatus = 'pending' | 'sent' | 'failed' | 'held';

export interface OutboxItem {
  id: number;
  eventId: string;
  channelId: string;
  userId: string;
  customerId: string;
  payload: NotificationPayload;
  status: OutboxStatus;
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
}

/** A row as operators see it: no payload, so no amount, name or merchant. */
export type OutboxSummary = Omit<OutboxItem, 'payload' | 'customerId'>;

interface Row {
  id: number; event_id: string; channel_id: string; user_id: string; customer_id: string; payload: string;
  status: OutboxStatus; attempts: number; next_attempt_at: string; last_error: string | null;
}

/**
 * Notifications waiting to go out. Rows are written in the same transaction as the event that causes
 * them; UNIQUE(event_id, channel_id, user_id) means an event reaches each chat at most once.
 */
export class OutboxStore implements ChatUserRecords {
  private readonly statements;

  constructor(private readonly db: Db) {
    this.statements = {
      enqueue: db.prepare(
        `INSERT INTO outbox (event_id, channel_id, user_id, customer_id, payload, status, next_attempt_at, created_at)
         VALUES (@eventId, @channelId, @userId, @customerId, @payload, 'pending', @now, @now)
         ON CONFLICT (event_id, channel_id, user_id) DO NOTHING`),
      due: db.prepare<{ now: string; limit: number }, Row>(
        `SELECT * FROM outbox WHERE status = 'pending' AND next_attempt_at <= @now
         ORDER BY next_attempt_at, id LIMIT @limit`),
      held: db.prepare<ChatUser, Row>(
        `SELECT * FROM outbox WHERE channel_id = @channelId AND user_id = @userId AND status = 'held' ORDER BY id`),
      markSent: db.prepare(
        `UPDATE outbox SET status = 'sent', sent_at = @now, attempts = attempts + @counted, last_error = NULL
         WHERE id = @id AND status IN ('pending', 'held')`),
      markHeld: db.prepare(`UPDATE outbox SET status = 'held' WHERE id = @id AND status = 'pending'`),
      retry: db.prepare(
        `UPDATE outbox SET attempts = attempts + 1, next_attempt_at = @next, last_error = @error
         WHERE id = @id AND status = 'pending'`),
      park: db.prepare(
        `UPDATE outbox SET status = 'failed', attempts = attempts + 1, last_error = @error
         WHERE id = @id AND status = 'pending'`),
      unfinished: db.prepare<[], Row>(`SELECT * FROM outbox WHERE status <> 'sent' ORDER BY id`),
      ofUser: db.prepare<ChatUser, { status: OutboxStatus; count: number; first: string; last: string }>(
        `SELECT status, count(*) AS count, min(created_at) AS first, max(created_at) AS last FROM outbox
         WHERE channel_id = @channelId AND user_id = @userId GROUP BY status ORDER BY status`),
      erase: db.prepare<ChatUser>('DELETE FROM outbox WHERE channel_id = @channelId AND user_id = @userId'),
      byStatus: db.prepare<[], { status: OutboxStatus; count: number }>('SELECT status, count(*) AS count FROM outbox GROUP BY status'),
    };
  }

  /** Returns false when this event already has a row for this chat (nothing is queued twice). */
  enqueue(row: { eventId: string; channelId: string; userId: string; customerId: string; payload: NotificationPayload }, now: Date): boolean {
    return this.statements.enqueue.run({ ...row, payload: JSON.stringify(row.payload), now: now.toISOString() }).changes > 0;
  }

  due(now: Date, limit: number): OutboxItem[] {
    return this.statements.due.all({ now: now.toISOString(), limit }).map(toItem);
  }

  held(user: ChatUser): OutboxItem[] {
    return this.statements.held.all(user).map(toItem);
  }

  /** Only after the channel accepted the message. `counted` adds the successful attempt to the count. */
  markSent(id: number, now: Date, counted = true): void {
    this.statements.markSent.run({ id, now: now.toISOString(), counted: counted ? 1 : 0 });
  }

  /** Outside Messenger's 24-hour window: kept for the digest after the user's next message. */
  markHeld(id: number): void {
    this.statements.markHeld.run({ id });
  }

  scheduleRetry(id: number, next: Date, errorClass: string): void {
    this.statements.retry.run({ id, next: next.toISOString(), error: errorClass });
  }

  park(id: number, errorClass: string): void {
    this.statements.park.run({ id, error: errorClass });
  }

  /** Pending, held and failed rows, for operators (`npm run admin -- outbox`). */
  unfinished(): OutboxSummary[] {
    return this.statements.unfinished.all().map((row) => ({
      id: row.id, eventId: row.event_id, channelId: row.channel_id, userId: row.user_id, status: row.status,
      attempts: row.attempts, nextAttemptAt: row.next_attempt_at, lastError: row.last_error,
    }));
  }

  /** How many rows are in each status (every status present, zero when none): for the metrics. */
  countByStatus(): Record<OutboxStatus, number> {
    const counts: Record<OutboxStatus, number> = { pending: 0, held: 0, sent: 0, failed: 0 };
    for (const row of this.statements.byStatus.all()) counts[row.status] = row.count;
    return counts;
  }

  describe(user: ChatUser): ChatUserRecordSummary[] {
    return this.statements.ofUser.all(user).map((row) => ({
      kind: `notifications.${row.status}`, count: row.count, from: row.first, to: row.last,
    }));
  }

  erase(user: ChatUser): number {
    return this.statements.erase.run(user).changes;
  }
}

function toItem(row: Row): OutboxItem {
  return {
    id: row.id,
    eventId: row.event_id,
    channelId: row.channel_id,
    userId: row.user_id,
    customerId: row.customer_id,
    payload: JSON.parse(row.payload) as NotificationPayload,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    lastError: row.last_error,
  };
}
