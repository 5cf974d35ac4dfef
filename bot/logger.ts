import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * Structured logs for operators: turn ids, intents, timings, outcomes. Never message text, names,
 * amounts or account numbers; the redact list is a second line of defence, not the first.
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: undefined,
    redact: { paths: ['text', '*.text', 'name', '*.name', 'iban', '*.iban', 'code', '*.code'], censor: '[redacted]' },
  });
}

export const silentLogger: Logger = pino({ level: 'silent' });
