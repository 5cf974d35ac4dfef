import { systemClock } from '../../infra/clock';
import { LinkStore } from '../../../data/linkStore';
import type { AdminCommand } from './adminCommand';

/** `link-code <customerId>`: the code is the last word printed, so scripts can take it with `awk '{print $NF}'`. */
export const linkCodeCommand: AdminCommand = async ([customerId], { db, config, out, err }) => {
  if (!customerId) {
    err('usage: npm run admin -- link-code <customerId>');
    return 2;
  }
  const code = await new LinkStore(db, config.linking).issueCode(customerId, config.fixedNow ? new Date(config.fixedNow) : systemClock.now());
  if (!code) {
    err(`no customer with id "${customerId}"`);
    return 1;
  }
  out(`One-time link code for ${customerId}, valid ${config.linking.codeTtlMinutes} minutes. The customer sends "link <code>": ${code}`);
  return 0;
};
