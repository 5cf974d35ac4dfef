import type { NextFunction, Request, Response } from 'express';

/** Paths that keep answering while draining: probes must see the drain, and operators the metrics. */
const PROBES = new Set(['/livez', '/readyz', '/healthz', '/metrics']);

/**
 * Tracks the requests in flight and, once draining, refuses new work: a new request gets 503 and every
 * response (those in flight included) carries `Connection: close`, so a keep-alive client cannot keep
 * sending turns to a process that is stopping. Probes still answer, so a load balancer sees `/readyz`
 * fail before the port closes.
 */
export class Drain {
  private started = false;
  private readonly inFlight = new Set<Response>();
  private idleWaiters: (() => void)[] = [];

  get draining(): boolean {
    return this.started;
  }

  get requestsInFlight(): number {
    return this.inFlight.size;
  }

  /** Express middleware, registered first. */
  readonly middleware = (req: Request, res: Response, next: NextFunction): void => {
    if (this.started) {
      res.setHeader('Connection', 'close');
      if (!PROBES.has(req.path)) {
        res.status(503).setHeader('Retry-After', '1').json({ error: 'shutting down' });
        return;
      }
    }
    this.inFlight.add(res);
    res.on('close', () => this.finished(res));
    next();
  };

  /** From now on: no new work, and no keep-alive after the responses still to come. */
  begin(): void {
    this.started = true;
    for (const res of this.inFlight) {
      if (!res.headersSent) res.setHeader('Connection', 'close');
    }
  }

  /** Resolves once no request is in flight. */
  idle(): Promise<void> {
    if (this.inFlight.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private finished(res: Response): void {
    this.inFlight.delete(res);
    if (this.inFlight.size > 0) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const wake of waiters) wake();
  }
}
