import type { Pool } from 'pg';
import type { OutboxItem } from '../outboxStore';

/** A notification this process claimed: the outbox row's identity, recipient, content and attempts so far. */
export type ClaimedNotification = Pick<OutboxItem, 'id' | 'eventId' | 'channelId' | 'userId' | 'customerId' | 'payload' | 'attempts'>;

interface Row {
  id: string; event_id: string; channel_id: string; user_id: string; customer_id: string; payload: string; attempts: number;
}

/**
 * The outbox's queue on PostgreSQL: enqueue, claim with a lease, mark sent. Claims lock the due rows
 * with `FOR UPDATE SKIP LOCKED`, so dispatchers of several processes claiming at once never wait for
 * each other nor take the same row; a claim whose process died lapses at `lease_until`. (The rest of
 * the outbox store, retries and holds, is still SQLite-only: issue #14.)
 */
export class PostgresOutboxQueue {
  constructor(private readonly pool: Pool) {}

  /** Records the event if new, then its notification; false when this event already has one for this chat. */
  async enqueue(row: Omit<ClaimedNotification, 'id' | 'attempts'>, eventType: string, now: Date): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      `WITH event AS (INSERT INTO events (id, type, received_at, body) VALUES ($1, $6, $5, '{}') ON CONFLICT (id) DO NOTHING)
       INSERT INTO outbox (event_id, channel_id, user_id, customer_id, payload, status, next_attempt_at, created_at)
       VALUES ($1, $2, $3, $4, $7, 'pending', $5, $5) ON CONFLICT (event_id, channel_id, user_id) DO NOTHING`,
      [row.eventId, row.channelId, row.userId, row.customerId, now, eventType, JSON.stringify(row.payload)]);
    return rowCount === 1;
  }

  async claimDue(now: Date, limit: number, owner: string, leaseUntil: Date): Promise<ClaimedNotification[]> {
    const { rows } = await this.pool.query<Row>(
      `WITH due AS (
         SELECT id FROM outbox WHERE status = 'pending' AND next_attempt_at <= $1 AND (lease_until IS NULL OR lease_until <= $1)
         ORDER BY next_attempt_at, id LIMIT $2 FOR UPDATE SKIP LOCKED)
       UPDATE outbox SET claimed_by = $3, lease_until = $4 FROM due WHERE outbox.id = due.id
       RETURNING outbox.id, event_id, channel_id, user_id, customer_id, payload, attempts`,
      [now, limit, owner, leaseUntil]);
    return rows.map(toClaimed).sort((a, b) => a.id - b.id);
  }

  /** Only after the channel accepted the message; the claim ends with it. */
  async markSent(id: number, now: Date): Promise<void> {
    await this.pool.query(
      `UPDATE outbox SET status = 'sent', sent_at = $2, attempts = attempts + 1, last_error = NULL, claimed_by = NULL, lease_until = NULL
       WHERE id = $1 AND status IN ('pending', 'held')`, [id, now]);
  }
}

function toClaimed(row: Row): ClaimedNotification {
  return {
    id: Number(row.id), eventId: row.event_id, channelId: row.channel_id, userId: row.user_id, customerId: row.customer_id,
    payload: JSON.parse(row.payload) as ClaimedNotification['payload'], attempts: row.attempts,
  };
}
