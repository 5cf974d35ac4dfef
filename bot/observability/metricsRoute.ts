import { timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { BotMetrics } from './metrics';

/** The routes worth telling apart; anything else is `other`, so that a scan cannot grow the label set. */
const ROUTES = new Set(['/api/messages', '/api/events', '/livez', '/readyz', '/healthz', '/metrics', '/chat', '/console']);

/** Counts every response by route and status (registered first, so refusals and drains count too). */
export function httpMetrics(metrics: BotMetrics) {
  return (req: Request, res: Response, next: NextFunction): void => {
    res.on('finish', () => {
      metrics.httpResponses.inc({ route: ROUTES.has(req.path) ? req.path : 'other', status: String(res.statusCode) });
    });
    next();
  };
}

/** `GET /metrics`, Prometheus text; with a token set, only for `Authorization: Bearer <token>`. */
export function metricsRoute(metrics: BotMetrics, token: string | undefined) {
  return async (req: Request, res: Response): Promise<void> => {
    if (token && !bearerMatches(req.get('authorization'), token)) {
      res.status(401).setHeader('WWW-Authenticate', 'Bearer').json({ error: 'metrics need the bearer token' });
      return;
    }
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  };
}

function bearerMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(/^Bearer (.+)$/.exec(header ?? '')?.[1] ?? '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
