import type { Clock } from '../infra/clock';
import type { Logger } from '../infra/logger';
import type { StateExpiry } from '../../data/stateExpiry';

const DAY_MS = 24 * 60 * 60_000;

/** Purges expired chat-user state at start-up and then daily; returns the function that stops it. */
export function scheduleStateExpiry(expiry: StateExpiry, clock: Clock, retentionDays: number, logger: Logger): () => void {
  const purge = async () => {
    try {
      const purged = await expiry.purge(clock.now(), retentionDays);
      // Said only when something went: a start-up with nothing to purge stays quiet.
      const level = Object.values(purged).some((count) => count > 0) ? 'info' : 'debug';
      logger[level](purged, 'expired chat-user state purged');
    } catch (error) {
      logger.error({ error: (error as Error)?.name }, 'state purge failed; the next one will try again');
    }
  };
  void purge();
  const timer = setInterval(() => void purge(), DAY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
