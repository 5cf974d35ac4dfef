import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import type { Clock } from '../infra/clock';
import type { AccountStore } from '../../data/accountStore';
import type { LinkStore } from '../../data/linkStore';
import type { Customer } from '../../data/types';
import { DEMO_PROFILES } from '../../data/demo/customers';
import { isLoopbackAddress } from './serviceUrlCheck';

export interface DemoLinkDeps {
  accounts: AccountStore;
  links: LinkStore;
  clock: Clock;
}

/** Where `npm run chat` asks for the demo customers, and for a link code for one of them. */
export const DEMO_CUSTOMERS_PATH = '/api/demo/customers';
export const DEMO_LINK_CODES_PATH = '/api/demo/link-codes';

/**
 * Lets the terminal chat find the demo bank through HTTP alone, whatever database and port the bot
 * uses. Mounted only in local mode, where anyone on this machine may already claim any chat user, and
 * answering only this machine; it serves only the demo bank's own customers (same id and name as
 * seeded), never a customer of an imported dataset.
 */
export function demoLinkRouter({ accounts, links, clock }: DemoLinkDeps): Router {
  const router = express.Router();
  router.use([DEMO_CUSTOMERS_PATH, DEMO_LINK_CODES_PATH], onlyFromThisMachine);
  router.get(DEMO_CUSTOMERS_PATH, async (_req, res) => {
    res.json({ customers: await demoCustomers(accounts) });
  });
  router.post(DEMO_LINK_CODES_PATH, express.json({ limit: '1kb' }), async (req, res) => {
    const wanted: unknown = (req.body as { customerId?: unknown } | undefined)?.customerId;
    const customer = (await demoCustomers(accounts)).find((candidate) => candidate.id === wanted);
    if (!customer) {
      res.status(404).json({ error: 'no demo customer with that customerId' });
      return;
    }
    res.status(201).json({ customerId: customer.id, code: await links.issueCode(customer.id, clock.now()) });
  });
  return router;
}

async function demoCustomers(accounts: AccountStore): Promise<Customer[]> {
  const stored = await Promise.all(DEMO_PROFILES.map(({ customer: seeded }) => accounts.customer(seeded.id)));
  return stored.filter((customer, i): customer is Customer => customer !== null && customer.name === DEMO_PROFILES[i].customer.name);
}

function onlyFromThisMachine(req: Request, res: Response, next: NextFunction): void {
  if (isLoopbackAddress(req.socket.remoteAddress)) next();
  else res.status(403).json({ error: 'only from this machine' });
}
