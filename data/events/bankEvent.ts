/**
 * The bank's events, validated with the importer's record readers so that an event's transaction or
 * delivery is held to exactly the dataset format, and a refusal names the field the same way
 * (`transaction.amount: "12,5" is not a decimal amount`).
 */
import { DatasetError } from '../errors';
import type { DeliveryRow } from '../import/dataset';
import type { ExistingRecords } from '../import/existingRecords';
import { RecordReader, describe, isPlainObject } from '../import/recordReader';
import { readDelivery, readTransaction } from '../import/records';
import { ReferenceChecks } from '../import/references';
import type { Transaction } from '../types';

export const EVENT_TYPES = ['transaction.booked', 'delivery.updated'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export type BankEvent =
  | { id: string; type: 'transaction.booked'; transaction: Transaction }
  | { id: string; type: 'delivery.updated'; delivery: DeliveryRow };

/** The envelope: `{ "id", "type", "occurredAt" }`; refusals name `event.id`, `event.type` or `event.occurredAt`. */
export function readEventEnvelope(json: unknown): { id: string; type: EventType; occurredAt: Date } {
  if (!isPlainObject(json)) throw new DatasetError('event', `${describe(json)} is not an object`);
  const reader = new RecordReader('event', json);
  return { id: reader.string('id'), type: reader.oneOf('type', EVENT_TYPES), occurredAt: new Date(reader.instant('occurredAt')) };
}

/**
 * A replay window: an event is accepted only within `maxAgeSeconds` of when it happened (either way, for
 * clocks that disagree), and its id is remembered for good, so a captured event cannot be sent again.
 */
export function checkEventAge(occurredAt: Date, now: Date, maxAgeSeconds: number): void {
  const ageMs = now.getTime() - occurredAt.getTime();
  if (ageMs > maxAgeSeconds * 1000) throw new DatasetError('event.occurredAt', `is older than ${maxAgeSeconds} seconds`);
  if (-ageMs > maxAgeSeconds * 1000) throw new DatasetError('event.occurredAt', `is more than ${maxAgeSeconds} seconds in the future`);
}

/** The record an event carries, for the ids it names (undefined when the body has none). */
export function eventRecord(json: unknown): unknown {
  const body = json as Record<string, unknown>;
  return body.transaction ?? body.delivery;
}

/** The whole event; references (account, receipt) are checked against what the database holds. */
export function readBankEvent(existing: ExistingRecords, json: unknown): BankEvent {
  const { id, type } = readEventEnvelope(json);
  const body = json as Record<string, unknown>;
  const refs = new ReferenceChecks(existing);
  switch (type) {
    case 'transaction.booked':
      return { id, type, transaction: readTransaction(recordIn(body, 'transaction'), refs) };
    case 'delivery.updated':
      return { id, type, delivery: readDelivery(recordIn(body, 'delivery'), refs) };
  }
}

function recordIn(body: Record<string, unknown>, field: string): RecordReader {
  const value = body[field];
  if (value === undefined || value === null) throw new DatasetError(field, 'required field is missing');
  if (!isPlainObject(value)) throw new DatasetError(field, `${describe(value)} is not an object`);
  return new RecordReader(field, value);
}
