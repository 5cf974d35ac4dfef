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
 * A repeated event id changes nothing, even sent to two processes at once. Throws `DatasetError` naming the bad field.
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
      record: sql.statement(
        'INSERT INTO events (id, type, received_at, body) VALUES (@id, @type, @now, @body) ON CONFLICT (id) DO NOTHING'),
    };
  }

  accept(json: unknown, now: Date): Promise<IntakeOutcome> {
    return this.sql.transaction(async (): Promise<IntakeOutcome> => {
      const { id, type, occurredAt } = readEventEnvelope(json);
      checkEventAge(occurredAt, now, this.maxAgeSeconds);
      // The id is recorded first, unless it is there: of two processes given one event at once, the
      // second waits on the first's row until it commits (PostgreSQL; SQLite's writers take turns), then
      // finds it there. A refused event rolls back with its row, and may come again.
      const recorded = await this.statements.record.run({ id, type, now: now.toISOString(), body: JSON.stringify(json) });
      if (recorded === 0) return { kind: 'duplicate', eventId: id };
      const event = readBankEvent(await this.existing([eventRecord(json)]), json);
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
