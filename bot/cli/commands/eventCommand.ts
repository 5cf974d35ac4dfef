import { readFileSync } from 'node:fs';
import { signBody } from '../../notifications/signature';
import type { AdminContext } from './adminCommand';

/**
 * `event <file.json>`: signs the file with EVENTS_SECRET and posts it to the running bot's
 * /api/events, as the bank would; prints the status and the answer. For demos in the Emulator.
 */
export async function eventCommand([file]: string[], { config, out, err }: AdminContext): Promise<number> {
  if (!file) {
    err('usage: npm run admin -- event <file.json>');
    return 2;
  }
  const secret = config.notifications.eventsSecret;
  if (!secret) {
    err('EVENTS_SECRET is unset: set the same value for the bot and for this command');
    return 1;
  }
  const body = stamped(readFileSync(file), config.fixedNow ? new Date(config.fixedNow) : new Date());
  const url = `http://localhost:${config.port}/api/events`;
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-signature-256': signBody(body, secret) },
      body,
    });
    out(`${response.status} ${await response.text()}`);
    return response.status === 202 ? 0 : 1;
  } catch {
    err(`could not reach the bot at ${url}: is it running (npm start)?`);
    return 1;
  }
}

/**
 * A demo file has no time of its own: it is stamped `occurredAt` = now, as the bank stamps an event when it
 * happens, so that it falls inside EVENTS_MAX_AGE_SECONDS. A file with its own `occurredAt` is sent as it is.
 */
function stamped(file: Buffer, now: Date): Buffer {
  let json: unknown;
  try {
    json = JSON.parse(file.toString('utf8'));
  } catch {
    return file;
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json) || 'occurredAt' in json) return file;
  return Buffer.from(JSON.stringify({ ...json, occurredAt: now.toISOString() }));
}
