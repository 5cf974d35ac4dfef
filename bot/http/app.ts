import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import type { ActivityHandlerBase, CloudAdapter } from 'botbuilder';
import { BadRequestError } from '../infra/errors';
import type { Logger } from '../infra/logger';
import { checkActivity } from './activityCheck';
import { checkLocalServiceUrl } from './serviceUrlCheck';
import { withGenericErrors } from '../turn/genericResponse';
import type { Drain } from '../lifecycle/drain';
import type { BotMetrics } from '../observability/metrics';
import { httpMetrics, metricsRoute } from '../observability/metricsRoute';
import { requestIds } from '../observability/requestContext';
import { withRequestSource } from './requestSource';
import { isLoopbackAddress } from './serviceUrlCheck';
import { alive, readiness } from './probes';
import { bodyDeadline } from './bodyDeadline';

export interface AppDeps {
  adapter: CloudAdapter;
  bot: ActivityHandlerBase;
  logger: Logger;
  /** Whether start-up is complete (database migrated, recognizer trained). */
  isReady: () => boolean;
  /** `POST /api/events` (real-time updates); absent, the route answers 404. */
  events?: Router;
  /** Local mode only: the demo bank's customers and link codes for the terminal chat (`bot/demoLinkRoute.ts`). */
  demo?: Router;
  /** `/chat`, `/console` and the web chat's Direct Line (see bot/webchat); absent, they answer 404. */
  web?: Router;
  /** No channel credentials: replies may go only to loopback serviceUrls. Assumed unless said otherwise. */
  localMode?: boolean;
  /** Graceful shutdown: once draining, `/readyz` answers 503 and new requests are refused. */
  drain?: Drain;
  /** `GET /metrics` and the HTTP counts; absent, no metrics route. */
  metrics?: BotMetrics;
  /** With it, `/metrics` needs `Authorization: Bearer <token>`. */
  metricsToken?: string;
  /** How long `/api/messages` and `/api/events` wait for a body before answering 408 (`bodyDeadline.ts`). */
  bodyDeadlineMs?: number;
}

/** Largest request body accepted; an activity is a few kilobytes. */
export const MAX_BODY = '256kb';

/** The HTTP face of the bot. Built here, listened to only by the entry point (and by tests on port 0). */
export function createApp(
  { adapter, bot, logger, isReady, events, demo, web, localMode = true, drain, metrics, metricsToken, bodyDeadlineMs }: AppDeps,
): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(requestIds);
  if (metrics) app.use(httpMetrics(metrics));
  if (drain) app.use(drain.middleware);

  // Liveness: the process answers. Readiness: it takes turns (not while starting or draining).
  app.get('/livez', alive);
  const ready = readiness(() => (drain?.draining ? 'draining' : isReady() ? 'ok' : 'starting'));
  app.get('/readyz', ready);
  app.get('/healthz', ready);
  if (metrics) app.get('/metrics', metricsRoute(metrics, metricsToken));

  // Slow bodies are cut off before a parser waits on them (the server's own limits are in httpServer.ts).
  const deadline = bodyDeadline(bodyDeadlineMs);
  app.post('/api/messages', deadline, express.json({ limit: MAX_BODY }), async (req: Request, res: Response) => {
    checkActivity(req.body);
    if (localMode) checkLocalServiceUrl(req.body.serviceUrl);
    // A network client's address, in local mode (ALLOW_UNAUTHENTICATED_NETWORK): the link limit counts it.
    // Loopback is every local user at once (Emulator, terminal chat, web page): counting it would let
    // one user's wrong codes pause linking for all of them; the limit across all users still holds there.
    const address = req.socket.remoteAddress;
    const source = localMode && !isLoopbackAddress(address) ? address : undefined;
    await withRequestSource(source, () => adapter.process(req, withGenericErrors(res), (context) => bot.run(context)));
  });

  app.use('/api/events', deadline);
  if (events) app.use(events);
  if (demo && localMode) app.use(demo);
  if (web) app.use(web);

  app.use((_req, res) => {
    res.status(404).json({ error: 'not found' });
  });

  // Last: every failure becomes a short generic answer; details stay in the log.
  app.use((error: unknown, req: Request, res: Response, _next: NextFunction) => {
    const status = httpStatusOf(error);
    if (status >= 500) logger.error({ path: req.path, error: (error as Error)?.name }, 'request failed');
    if (!res.headersSent) res.status(status).json({ error: status >= 500 ? 'internal error' : messageOf(error) });
  });

  return app;
}

function httpStatusOf(error: unknown): number {
  if (error instanceof BadRequestError) return error.status;
  const status = (error as { status?: unknown; statusCode?: unknown })?.status ?? (error as { statusCode?: unknown })?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 600 ? status : 500;
}

function messageOf(error: unknown): string {
  if (error instanceof BadRequestError) return error.message;
  const type = (error as { type?: string })?.type;
  if (type === 'entity.too.large') return 'request body too large';
  if (type === 'entity.parse.failed') return 'malformed JSON';
  return 'bad request';
}
