import express, { type Request, type Response, type Router } from 'express';
import type { Clock } from '../infra/clock';
import type { Logger } from '../infra/logger';
import { DatasetError } from '../../data/errors';
import type { EventIntake } from '../../data/events/eventIntake';
import { hasValidSignature } from './signature';
import { jsonShapeProblem } from '../http/jsonShape';

export const SIGNATURE_HEADER = 'x-signature-256';
const MAX_EVENT_BODY = '64kb';

export interface EventsRouteDeps {
  intake: EventIntake;
  /** EVENTS_SECRET; when unset every event is refused with 503 (the bot cannot tell real from forged). */
  secret: string | undefined;
  clock: Clock;
  logger: Logger;
  /** Called after an event is committed, to wake the dispatcher. */
  onAccepted: () => void;
}

/**
 * `POST /api/events`: the bank's signed events. 401 for a missing or wrong signature (nothing stored),
 * 400 naming the bad field, 202 once the event and its notifications are committed — and 202 again
 * for an id already seen, which changes nothing.
 */
export function eventsRoute({ intake, secret, clock, logger, onAccepted }: EventsRouteDeps): Router {
  const router = express.Router();
  // inflate: false — the signature covers the exact bytes received; a compressed body is refused (415), never
  // decompressed and then checked, which would let one signed body stand for another encoding of it.
  router.post('/api/events', express.raw({ type: () => true, limit: MAX_EVENT_BODY, inflate: false }), async (req: Request, res: Response) => {
    if (!secret) {
      res.status(503).json({ error: 'events are not configured (EVENTS_SECRET is unset)' });
      return;
    }
    const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    if (!hasValidSignature(body, req.get(SIGNATURE_HEADER), secret)) {
      logger.warn({ path: req.path }, 'event refused: bad signature');
      res.status(401).json({ error: 'missing or invalid X-Signature-256' });
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(body.toString('utf8'));
    } catch {
      res.status(400).json({ error: 'malformed JSON' });
      return;
    }
    const shape = jsonShapeProblem(json);
    if (shape) {
      res.status(400).json({ error: shape });
      return;
    }
    try {
      const outcome = await intake.accept(json, clock.now());
      logger.info({ event: outcome.eventId, outcome: outcome.kind }, 'event');
      if (outcome.kind === 'accepted') {
        res.status(202).json({ status: 'accepted', id: outcome.eventId, notifications: outcome.notifications });
        onAccepted();
      } else {
        res.status(202).json({ status: 'duplicate', id: outcome.eventId });
      }
    } catch (error) {
      if (!(error instanceof DatasetError)) throw error;
      res.status(400).json({ error: error.message });
    }
  });
  return router;
}
