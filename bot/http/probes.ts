import type { Request, Response } from 'express';

/** What `/readyz` (and `/healthz`) report: only `ok` is 200. */
export type Readiness = 'ok' | 'starting' | 'draining';

/** Liveness: the process answers, whatever it is doing (starting, serving, draining). */
export function alive(_req: Request, res: Response): void {
  res.json({ status: 'alive' });
}

/** Readiness: 200 when the bot takes turns, 503 with the reason otherwise. */
export function readiness(state: () => Readiness): (req: Request, res: Response) => void {
  return (_req, res) => {
    const status = state();
    res.status(status === 'ok' ? 200 : 503).json({ status });
  };
}
