import type { SqlClient } from './sql/sqlClient';
import { sqlOf, type SqlSource } from './sql/sqlSource';
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

  private readonly sql: SqlClient;

  constructor(source: SqlSource) {
    const sql = sqlOf(source);
    this.sql = sql;
    this.statements = {
      enqueue: sql.statement(
        `INSERT INTO outbox (event_id, channel_id, user_id, customer_id, payload, status, next_attempt_at, created_at)
         VALUES (@eventId, @channelId, @userId, @customerId, @payload, 'pending', @now, @now)
         ON CONFLICT (event_id, channel_id, user_id) DO NOTHING`),
      // One statement, so that two processes never claim the same row: SQLite serializes writers,
      // PostgreSQL's claimers lock the rows they pick and skip those another has locked.
      claim: sql.statement<Row>(
        `UPDATE outbox SET claimed_by = @owner, lease_until = @leaseUntil
         WHERE id IN (SELECT id FROM outbox WHERE status = 'pending' AND next_attempt_at <= @now
                        AND (lease_until IS NULL OR lease_until <= @now)
                      ORDER BY next_attempt_at, id LIMIT @limit ${sql.dialect.claimRows})
         RETURNING *`),
      release: sql.statement(`UPDATE outbox SET claimed_by = NULL, lease_until = NULL WHERE id = @id AND claimed_by = @owner`),
      held: sql.statement<Row>(
        `SELECT * FROM outbox WHERE channel_id = @channelId AND user_id = @userId AND status = 'held' ORDER BY id`),
      markSent: sql.statement(
        `UPDATE outbox SET status = 'sent', sent_at = @now, attempts = attempts + @counted, last_error = NULL,
         claimed_by = NULL, lease_until = NULL WHERE id = @id AND status IN ('pending', 'held')`),
      markHeld: sql.statement(`UPDATE outbox SET status = 'held', claimed_by = NULL, lease_until = NULL WHERE id = @id AND status = 'pending'`),
      retry: sql.statement(
        `UPDATE outbox SET attempts = attempts + 1, next_attempt_at = @next, last_error = @error,
         claimed_by = NULL, lease_until = NULL WHERE id = @id AND status = 'pending'`),
      park: sql.statement(
        `UPDATE outbox SET status = 'failed', attempts = attempts + 1, last_error = @error,
         claimed_by = NULL, lease_until = NULL WHERE id = @id AND status = 'pending'`),
      unfinished: sql.statement<Row>(`SELECT * FROM outbox WHERE status <> 'sent' ORDER BY id`),
      ofUser: sql.statement<{ status: OutboxStatus; count: number; first: string; last: string }>(
        `SELECT status, count(*) AS count, min(created_at) AS first, max(created_at) AS last FROM outbox
         WHERE channel_id = @channelId AND user_id = @userId GROUP BY status ORDER BY status`),
      erase: sql.statement('DELETE FROM outbox WHERE channel_id = @channelId AND user_id = @userId'),
      byStatus: sql.statement<{ status: OutboxStatus; count: number }>('SELECT status, count(*) AS count FROM outbox GROUP BY status'),
    };
  }

  /** Returns false when this event already has a row for this chat (nothing is queued twice). */
  async enqueue(row: { eventId: string; channelId: string; userId: string; customerId: string; payload: NotificationPayload }, now: Date): Promise<boolean> {
    return (await this.statements.enqueue.run({ ...row, payload: JSON.stringify(row.payload), now: now.toISOString() })) > 0;
  }

  /**
   * Claims up to `limit` due rows for `owner` until `leaseUntil`, in one immediate transaction: each
   * row goes to one dispatcher. A row whose claim lapsed (its process died mid-send) is due again.
   */
  async claimDue(now: Date, limit: number, owner: string, leaseUntil: Date): Promise<OutboxItem[]> {
    const claimed = await this.sql.transaction(() =>
      this.statements.claim.all({ now: now.toISOString(), limit, owner, leaseUntil: leaseUntil.toISOString() }));
    return claimed
      .sort((a, b) => a.next_attempt_at.localeCompare(b.next_attempt_at) || a.id - b.id)
      .map(toItem);
  }

  /** Gives back a claimed row not sent (the dispatcher is stopping), so that another may send it now. */
  async releaseClaim(id: number, owner: string): Promise<void> {
    await this.statements.release.run({ id, owner });
  }

  async held(user: ChatUser): Promise<OutboxItem[]> {
    return (await this.statements.held.all(user)).map(toItem);
  }

  /** Only after the channel accepted the message. `counted` adds the successful attempt to the count. */
  async markSent(id: number, now: Date, counted = true): Promise<void> {
    await this.statements.markSent.run({ id, now: now.toISOString(), counted: counted ? 1 : 0 });
  }

  /** Outside Messenger's 24-hour window: kept for the digest after the user's next message. */
  async markHeld(id: number): Promise<void> {
    await this.statements.markHeld.run({ id });
  }

  async scheduleRetry(id: number, next: Date, errorClass: string): Promise<void> {
    await this.statements.retry.run({ id, next: next.toISOString(), error: errorClass });
  }

  async park(id: number, errorClass: string): Promise<void> {
    await this.statements.park.run({ id, error: errorClass });
  }

  /** Pending, held and failed rows, for operators (`npm run admin -- outbox`). */
  async unfinished(): Promise<OutboxSummary[]> {
    return (await this.statements.unfinished.all()).map((row) => ({
      id: row.id, eventId: row.event_id, channelId: row.channel_id, userId: row.user_id, status: row.status,
      attempts: row.attempts, nextAttemptAt: row.next_attempt_at, lastError: row.last_error,
    }));
  }

  /** How many rows are in each status (every status present, zero when none): for the metrics. */
  async countByStatus(): Promise<Record<OutboxStatus, number>> {
    const counts: Record<OutboxStatus, number> = { pending: 0, held: 0, sent: 0, failed: 0 };
    for (const row of await this.statements.byStatus.all()) counts[row.status] = row.count;
    return counts;
  }

  async describe(user: ChatUser): Promise<ChatUserRecordSummary[]> {
    return (await this.statements.ofUser.all(user)).map((row) => ({
      kind: `notifications.${row.status}`, count: row.count, from: row.first, to: row.last,
    }));
  }

  erase(user: ChatUser): Promise<number> {
    return this.statements.erase.run(user);
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
