import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../../bot/infra/logger';

export interface CapturedLog {
  logger: Logger;
  /** Everything written so far, raw. */
  text(): string;
  lines(): Record<string, unknown>[];
}

/** Production's logger (same redaction), writing its JSON lines into memory. */
export function capturedLog(level = 'info'): CapturedLog {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  const text = () => chunks.join('');
  return {
    logger: createLogger(level, stream),
    text,
    lines: () => text().split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}
