import type { Db } from '../database';
import { OutboxStore } from '../outboxStore';
import { Recipients } from '../notifications/recipients';
import { checkEventAge, readBankEvent, readEventEnvelope } from './bankEvent';
import { DeliveryUpdate } from './applyDelivery';
import { TransactionBooking, type AppliedEvent } from './applyTransaction';

export type IntakeOutcome =
  | { kind: 'accepted'; eventId: string; notifications: number }
  | { kind: 'duplicate'; eventId: string };

/**
 * Accepts one bank event: the event row, its effect on the bank's records and the outbox rows it
 * causes are written in one SQLite transaction (an outbox), so a crash leaves all or none of them.
 * A repeated event id changes nothing. Throws `DatasetError` naming the bad field.
 */
export class EventIntake {
  private readonly statements;
  private readonly transactions: TransactionBooking;
  private readonly deliveries: DeliveryUpdate;
  private readonly recipients: Recipients;

  /** `maxAgeSeconds`: EVENTS_MAX_AGE_SECONDS, the replay window; `timeZone`: the bank's, for the calendar dates an unusual payment is judged on. */
  constructor(private readonly db: Db, private readonly outbox: OutboxStore, private readonly maxAgeSeconds = 300, timeZone = 'Europe/Paris') {
    this.transactions = new TransactionBooking(db, timeZone);
    this.deliveries = new DeliveryUpdate(db);
    this.recipients = new Recipients(db);
    this.statements = {
      seen: db.prepare<{ id: string }, { id: string }>('SELECT id FROM events WHERE id = @id'),
      record: db.prepare('INSERT INTO events (id, type, received_at, body) VALUES (@id, @type, @now, @body)'),
    };
  }

  accept(json: unknown, now: Date): IntakeOutcome {
    return this.db.transaction((): IntakeOutcome => {
      const { id, occurredAt } = readEventEnvelope(json);
      checkEventAge(occurredAt, now, this.maxAgeSeconds);
      if (this.statements.seen.get({ id })) return { kind: 'duplicate', eventId: id };
      const event = readBankEvent(this.db, json);
      this.statements.record.run({ id, type: event.type, now: now.toISOString(), body: JSON.stringify(json) });
      const applied = event.type === 'transaction.booked'
        ? this.transactions.apply(event.transaction)
        : this.deliveries.apply(event.delivery);
      return { kind: 'accepted', eventId: id, notifications: this.enqueue(id, applied, now) };
    }).immediate();
  }

  private enqueue(eventId: string, applied: AppliedEvent, now: Date): number {
    let count = 0;
    for (const recipient of this.recipients.of(applied.customerId, applied.accountId, now)) {
      const payload = applied.payloadFor(recipient);
      if (!payload) continue;
      const { channelId, userId } = recipient;
      if (this.outbox.enqueue({ eventId, channelId, userId, customerId: applied.customerId, payload }, now)) count++;
    }
    return count;
  }
}
