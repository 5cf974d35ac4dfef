import { systemClock } from '../../infra/clock';
import { LinkStore } from '../../../data/linkStore';
import type { AdminCommand } from './adminCommand';

/** `limits`: wrong link codes this minute across every chat user, against the limit that pauses linking for everyone. */
export const limitsCommand: AdminCommand = async (_args, { db, config, out }) => {
  const now = config.fixedNow ? new Date(config.fixedNow) : systemClock.now();
  const failures = await new LinkStore(db, config.linking).globalFailures(now);
  const limit = config.linking.globalFailuresPerMinute;
  const state = failures >= limit ? 'PAUSED for everyone until the minute ends' : 'open';
  out(`Wrong link codes this minute, all chat users: ${failures} of ${limit} (LINK_GLOBAL_FAILURES_PER_MINUTE); linking ${state}`);
  return 0;
};
