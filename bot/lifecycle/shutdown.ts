import type { Server } from 'node:http';
import type { Logger } from '../infra/logger';
import type { Drain } from './drain';

export interface ShutdownParts {
  server: Server;
  drain: Drain;
  /** The notification dispatcher: resolves once its current send is done. */
  dispatcher: { stop(): Promise<void> };
  /** Closes the database (after the last write). */
  closeDatabase: () => void;
  logger: Logger;
  /** Least time `/readyz` answers 503 before the port closes, so that load balancers notice. */
  drainMs: number;
  /** Hard deadline: the process exits by then whatever the clients do. */
  deadlineMs: number;
  exit: (code: number) => void;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The handler of SIGTERM and SIGINT: drain (new requests refused, keep-alive ended, turns in flight
 * finish with their replies), close the port, let the dispatcher finish its current send, close the
 * database, exit 0. A second signal, or the deadline, cuts the wait short: the database still closes,
 * since better-sqlite3 writes are synchronous and no statement is ever half-applied.
 */
export function gracefulShutdown(parts: ShutdownParts): (signal: string) => void {
  const { server, drain, logger } = parts;
  let stopping = false;
  let exited = false;
  const finish = (reason: string) => {
    if (exited) return;
    exited = true;
    try {
      parts.closeDatabase();
    } catch (error) {
      logger.error({ error: (error as Error).name }, 'database close failed');
    }
    logger.info({ reason, requestsInFlight: drain.requestsInFlight }, 'bank assistant stopped');
    parts.exit(0);
  };
  const force = (reason: string) => {
    logger.warn({ reason, requestsInFlight: drain.requestsInFlight }, 'shutdown deadline: closing the remaining connections');
    server.closeAllConnections();
    finish(reason);
  };

  return (signal: string) => {
    if (stopping) return force('second signal');
    stopping = true;
    logger.info({ signal, requestsInFlight: drain.requestsInFlight }, 'draining: new requests refused, turns in flight finishing');
    setTimeout(() => force('deadline'), parts.deadlineMs);
    drain.begin();
    void (async () => {
      await Promise.all([sleep(parts.drainMs), drain.idle()]);
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await parts.dispatcher.stop();
      finish('drained');
    })();
  };
}
