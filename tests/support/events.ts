import { signBody } from '../../bot/notifications/signature';
import type { HttpBot } from './httpBot';

export const EVENTS_SECRET = 'test-events-secret-of-32-characters';

/** Posts a bank event signed the way the bank signs it (or with the signature given), stamped with the bot's "now" if it has no time. */
export function postEvent(http: HttpBot, event: unknown, signature?: string): Promise<Response> {
  const occurredAt = http.bot.clock.now().toISOString();
  const stamped = typeof event === 'object' && event !== null && !('occurredAt' in event) ? { ...event, occurredAt } : event;
  const body = JSON.stringify(stamped);
  return fetch(`${http.url}/api/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-signature-256': signature ?? signBody(body, EVENTS_SECRET) },
    body,
  });
}

/** A payment of 42,00 € at Cinéma Pathé on Camille's current account, in the dataset format. */
export function cinemaPayment(id = 'evt-1', amount = '-42.00') {
  return {
    id,
    type: 'transaction.booked',
    transaction: {
      id: `tx-${id}`, accountId: 'c1-checking', bookedAt: '2026-11-29T09:30:00+01:00', amount,
      description: 'CB CINEMA PATHE', merchant: 'Cinéma Pathé', category: 'leisure', status: 'booked',
    },
  };
}
