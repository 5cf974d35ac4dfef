import { randomUUID } from 'node:crypto';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import type { Activity } from 'botbuilder';
import type { Clock } from '../infra/clock';
import type { DialogServices } from '../../dialogs/services';
import type { EventIntake } from '../../data/events/eventIntake';
import { DEMO_PROFILES } from '../../data/demo/customers';
import type { ConversationLog, WebConversation } from './conversationLog';
import { conversationResponse } from './directLineRoutes';
import { isWebUserId } from './tokens';
import { WEBCHAT_CHANNEL_ID, type WebChannel } from './webChannel';

export interface ConsoleDeps {
  log: ConversationLog;
  channel: WebChannel;
  secret: string;
  clock: Clock;
  services: Pick<DialogServices, 'accounts' | 'links'>;
  intake: EventIntake;
  /** Wakes the notification dispatcher after a sample event. */
  onEvent: () => void;
}

/**
 * The support console's API (local mode and loopback only, see `onlyFromThisMachine`): console
 * conversations keep each turn's traces; shortcuts link as a demo customer and post a sample event;
 * the conversation downloads as an Emulator transcript.
 */
export function consoleRoutes(deps: ConsoleDeps): Router {
  const router = express.Router();
  const json = express.json({ limit: '4kb' });

  router.get('/console/api/customers', async (_req, res) => {
    const found = await Promise.all(DEMO_PROFILES.map((p) => deps.services.accounts.customer(p.customer.id)));
    const customers = found.filter((c) => c !== null);
    res.json(customers.map(({ id, name, locale }) => ({ id, name, locale })));
  });

  router.post('/console/api/conversations', json, async (req, res) => {
    const { userId, locale } = req.body as { userId?: unknown; locale?: unknown };
    if (!isWebUserId(userId)) return void res.status(400).json({ error: 'userId must be 4 to 64 letters, digits, - or _' });
    const conversation = deps.log.open(userId, { console: true });
    await deps.channel.open(conversation, typeof locale === 'string' ? locale : undefined);
    res.status(201).json(conversationResponse(conversation, deps));
  });

  router.post('/console/api/link-code', json, async (req, res) => {
    const customer = await customerOf(req, deps);
    if (!customer) return void res.status(400).json({ error: 'unknown customer' });
    const code = await deps.services.links.issueCode(customer.id, deps.clock.now());
    if (typeof code !== 'string') return void res.status(400).json({ error: 'unknown customer' });
    res.json({ code, text: `${customer.locale.startsWith('fr') ? 'lier' : 'link'} ${code}` });
  });

  router.post('/console/api/sample-event', json, async (req, res) => {
    const customer = await customerOf(req, deps);
    const account = customer && (await deps.services.accounts.accounts(customer.id)).find((a) => a.type === 'checking');
    if (!account) return void res.status(400).json({ error: 'unknown customer' });
    const outcome = await deps.intake.accept(samplePayment(account.id, deps.clock.now()), deps.clock.now());
    if (outcome.kind === 'accepted') deps.onEvent();
    res.status(202).json(outcome);
  });

  router.get('/console/api/conversations/:id/transcript', async (req, res) => {
    const conversation = deps.log.find(String(req.params.id));
    if (!conversation?.console) return void res.status(404).json({ error: 'no such console conversation' });
    const link = await deps.services.links.link({ channelId: WEBCHAT_CHANNEL_ID, userId: conversation.userId }, deps.clock.now());
    const name = `${link.kind === 'linked' ? link.customerId : 'unlinked'}.webchat-${conversation.id.slice(0, 8)}.transcript`;
    res.setHeader('content-disposition', `attachment; filename="${name}"`);
    res.json(emulatorTranscript(conversation));
  });

  return router;
}

/** The console is for support staff at this machine: anything else gets a plain 404. */
export function onlyFromThisMachine(req: Request, res: Response, next: NextFunction): void {
  const address = req.socket.remoteAddress ?? '';
  if (address === '::1' || /^(::ffff:)?127\./.test(address)) return next();
  res.status(404).json({ error: 'not found' });
}

/**
 * As Bot Framework Emulator saves a chat: the member arriving, then every activity both ways with
 * `from.role`, traces included, typing left out. `tests/transcripts/` replays such a file.
 */
export function emulatorTranscript(conversation: WebConversation): Partial<Activity>[] {
  const user = { id: conversation.userId, name: 'User', role: 'user' };
  const arrival = {
    type: 'conversationUpdate', channelId: WEBCHAT_CHANNEL_ID, membersAdded: [{ id: conversation.userId, name: 'User' }],
    from: user, conversation: { id: conversation.id }, timestamp: conversation.activities[0]?.timestamp,
  } as Partial<Activity>;
  return [arrival, ...conversation.activities.filter((a) => a.type !== 'typing')];
}

async function customerOf(req: Request, deps: ConsoleDeps) {
  const { customerId } = (req.body ?? {}) as { customerId?: unknown };
  return typeof customerId === 'string' && DEMO_PROFILES.some((p) => p.customer.id === customerId)
    ? await deps.services.accounts.customer(customerId) : null;
}

/** A card payment of 23,40 € at a bakery, booked now: what a bank event looks like, in the dataset format. */
export function samplePayment(accountId: string, now: Date) {
  const id = `console-${randomUUID()}`;
  return {
    id, type: 'transaction.booked', occurredAt: now.toISOString(),
    transaction: {
      id: `tx-${id}`, accountId, bookedAt: now.toISOString(), amount: '-23.40', description: 'CB BOULANGERIE DU COIN',
      merchant: 'Boulangerie du Coin', category: 'groceries', status: 'booked',
    },
  };
}
