import type { EventEmitter } from 'node:events';
import type { Logger } from './logger';

/**
 * The last net: a rejection nobody observed or an exception thrown in a timer is logged (its name and
 * where, never its message, which may quote data) and the process keeps serving. Why not exit for a
 * supervisor: everything durable is written in synchronous SQLite transactions that roll back when they
 * throw, and what lives in memory (caches, per-conversation queues) holds no half-done work of another
 * turn; exiting would turn any missed bug into a remote switch that stops the bank's assistant for every
 * customer — and a poisoned row read at start-up into a crash loop. See README, "Crash safety".
 */
export function guardProcess(logger: Logger, target: EventEmitter = process): void {
  target.on('unhandledRejection', (reason: unknown) => {
    logger.error(describe(reason), 'unhandled rejection: logged and dropped, still serving');
  });
  target.on('uncaughtException', (error: unknown) => {
    logger.error(describe(error), 'uncaught exception: logged and dropped, still serving');
  });
}

function describe(reason: unknown): { error: string; stack?: string } {
  const error = reason as Error | undefined;
  return { error: error?.name ?? typeof reason, stack: error?.stack?.split('\n').slice(1, 6).join('\n') };
}
