import express from 'express';
import { alive, readiness } from './probes';

/**
 * What the port answers while the bot starts (database migrated, demo bank seeded, model loaded): alive,
 * not ready, and "come back in a second" to everything else, so that a supervisor does not restart a
 * process that is only starting and a client retries instead of failing.
 */
export function startingApp(): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/livez', alive);
  const starting = readiness(() => 'starting');
  app.get('/readyz', starting);
  app.get('/healthz', starting);
  app.use((_req, res) => {
    res.status(503).setHeader('Retry-After', '1').json({ error: 'starting' });
  });
  return app;
}
