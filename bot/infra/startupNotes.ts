import type { AddressInfo } from 'node:net';
import type { Config } from './config';
import type { Logger } from './logger';

/** Addresses that mean "this machine" to whoever reads the start-up line: it shows `localhost` for them. */
const THIS_MACHINE = new Set(['127.0.0.1', '::1', '0.0.0.0', '::', '::ffff:127.0.0.1']);

/** The URL to paste into the Emulator (or `BOT_URL`), from the address the server actually listens on. */
export function messagesUrl(address: AddressInfo): string {
  const host = THIS_MACHINE.has(address.address) ? 'localhost' : address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}/api/messages`;
}

/** Said once the server listens: in development, where to point a chat; in production, one JSON line. */
export function announceListening(logger: Logger, config: Pick<Config, 'production'>, address: AddressInfo): void {
  if (config.production) {
    logger.info({ port: address.port }, 'bank assistant listening on /api/messages');
    return;
  }
  logger.info(`bank assistant ready on ${messagesUrl(address)} · chat from another terminal with "npm run chat", or open that URL in Bot Framework Emulator`);
}

/** Settings whose absence turns a feature off: each warning says what it costs and what to set. */
export function warnAboutMissingSettings(logger: Logger, config: Pick<Config, 'notifications'>): void {
  if (!config.notifications.eventsSecret) {
    logger.warn('EVENTS_SECRET is unset, so POST /api/events refuses every bank event (503): set EVENTS_SECRET to accept bank events');
  }
}

/** Why the server could not listen, and what to do about it. */
export function cannotListen(port: number, error: Error, host?: string): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRNOTAVAIL' && host) {
    return `HOST=${host} is not an address of this machine: set HOST to one of its addresses (0.0.0.0 for every interface), or unset it`;
  }
  if (code === 'EADDRINUSE') {
    return `port ${port} is already in use (is the bot already running?): stop the other process, or set PORT to a free port (PORT=4000 npm start)`;
  }
  if (code === 'EACCES') return `no permission to listen on port ${port}: set PORT to a port above 1023`;
  return `cannot listen on port ${port} (${code ?? error.name})`;
}
