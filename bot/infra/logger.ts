import pino, { type DestinationStream, type Logger } from 'pino';
import pretty from 'pino-pretty';
import { currentRequestId } from '../observability/requestContext';

export type { Logger };

/**
 * Structured logs for operators: turn ids, intents, timings, outcomes. Never message text, names,
 * amounts or account numbers; the redact list is a second line of defence, not the first.
 * `destination` defaults to stdout; tests pass a stream to read what would be logged.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: undefined,
    // Every line written while serving a request carries its id (undefined, hence absent, elsewhere).
    mixin: () => ({ requestId: currentRequestId() }),
    redact: { paths: ['text', '*.text', 'name', '*.name', 'iban', '*.iban', 'code', '*.code'], censor: '[redacted]' },
  };
  return destination ? pino(options, destination) : pino(options);
}

export const silentLogger: Logger = pino({ level: 'silent' });

/**
 * The running bot's logger: JSON lines in production, for a log collector; readable lines in development,
 * for the person who just typed `npm start` (same levels, same redaction, written synchronously so
 * that nothing is lost when the process exits).
 */
export function createProcessLogger(settings: { logLevel: string; logFormat: 'json' | 'pretty' }): Logger {
  if (settings.logFormat === 'json') return createLogger(settings.logLevel);
  const readable = pretty({ colorize: Boolean(process.stdout.isTTY), translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname', sync: true });
  return createLogger(settings.logLevel, readable);
}
