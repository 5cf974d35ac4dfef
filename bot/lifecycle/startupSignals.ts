import type { EventEmitter } from 'node:events';
import type { Logger } from '../infra/logger';

export interface StartupSignals {
  /** Once ready: signals go to the graceful shutdown from now on. */
  handOver(stop: (signal: string) => void): void;
}

/**
 * SIGTERM and SIGINT from the moment the process has a logger. While starting, nothing is in flight (the
 * port answers only probes and 503s): the process closes its database if open and exits 0 at once, saying so.
 * An SQLite step is synchronous, so a signal never lands inside one; a PostgreSQL migration is one
 * transaction, rolled back when its connection ends with the process.
 */
export function handleStartupSignals(
  logger: Logger, closeDatabase: () => void, exit: (code: number) => void, target: EventEmitter = process,
): StartupSignals {
  let onSignal = (signal: string) => {
    try {
      closeDatabase();
    } catch (error) {
      logger.error({ error: (error as Error).name }, 'database close failed');
    }
    logger.info({ reason: 'signal while starting', signal }, 'bank assistant stopped');
    exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM']) target.on(signal, () => onSignal(signal));
  return { handOver: (stop) => { onSignal = stop; } };
}
