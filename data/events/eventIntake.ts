import type { SqlClient } from '../sql/sqlClient';
import { sqlOf, type SqlSource } from '../sql/sqlSource';
import { ExistingRecords } from '../import/existingRecords';
import { OutboxStore } from '../outboxStore';
import { Recipients } from '../notifications/recipients';
import { checkEventAge, eventRecord, readBankEvent, readEventEnvelope } from './bankEvent';
import { DeliveryUpdate } from './applyDelivery';
import { TransactionBooking, type AppliedEvent } from './applyTransaction';

export type IntakeOutcome =
  | { kind: 'accepted'; eventId: string; notifications: number }
  | { kind: 'duplicate'; eventId: string };

/**
 * Accepts one bank event: the event row, its effect on the bank's records and the outbox rows it
 * causes are written in one transaction (an outbox), so a crash leaves all or none of them.
 * A repeated event id changes nothing. Throws `DatasetError` naming the bad field.
 */
export class EventIntake {
  private readonly statements;
  private readonly transactions: TransactionBooking;
  private readonly deliveries: DeliveryUpdate;
  private readonly recipients: Recipients;
  private readonly existing: (records: unknown[]) => Promise<ExistingRecords>;

  /** `maxAgeSeconds`: EVENTS_MAX_AGE_SECONDS, the replay window; `timeZone`: the bank's, for the calendar dates an unusual payment is judged on. */
  private readonly sql: SqlClient;

  constructor(source: SqlSource, private readonly outbox: OutboxStore, private readonly maxAgeSeconds = 300, timeZone = 'Europe/Paris') {
    const sql = sqlOf(source);
    this.sql = sql;
    this.transactions = new TransactionBooking(sql, timeZone);
    this.deliveries = new DeliveryUpdate(sql);
    this.recipients = new Recipients(sql);
    this.existing = ExistingRecords.reader(sql);
    this.statements = {
      seen: sql.statement<{ id: string }>('SELECT id FROM events WHERE id = @id'),
      record: sql.statement('INSERT INTO events (id, type, received_at, body) VALUES (@id, @type, @now, @body)'),
    };
  }

  accept(json: unknown, now: Date): Promise<IntakeOutcome> {
    return this.sql.transaction(async (): Promise<IntakeOutcome> => {
      const { id, occurredAt } = readEventEnvelope(json);
      checkEventAge(occurredAt, now, this.maxAgeSeconds);
      if (await this.statements.seen.get({ id })) return { kind: 'duplicate', eventId: id };
      const event = readBankEvent(await this.existing([eventRecord(json)]), json);
      await this.statements.record.run({ id, type: event.type, now: now.toISOString(), body: JSON.stringify(json) });
      const applied = event.type === 'transaction.booked'
        ? await this.transactions.apply(event.transaction)
        : await this.deliveries.apply(event.delivery);
      return { kind: 'accepted', eventId: id, notifications: await this.enqueue(id, applied, now) };
    });
  }

  private async enqueue(eventId: string, applied: AppliedEvent, now: Date): Promise<number> {
    let count = 0;
    for (const recipient of await this.recipients.of(applied.customerId, applied.accountId, now)) {
      const payload = applied.payloadFor(recipient);
      if (!payload) continue;
      const { channelId, userId } = recipient;
      if (await this.outbox.enqueue({ eventId, channelId, userId, customerId: applied.customerId, payload }, now)) count++;
    }
    return count;
  }
}
