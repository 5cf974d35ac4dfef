import express, { type Request, type Response, type Router } from 'express';
import type { Clock } from '../infra/clock';
import type { ConversationLog, WebConversation } from './conversationLog';
import { signToken, verifyToken, type TokenClaims } from './tokens';
import { MAX_TEXT_LENGTH, type WebChannel } from './webChannel';

/** A conversation token lives an hour; Web Chat's Direct Line client refreshes it every 15 minutes. */
export const CONVERSATION_TOKEN_SECONDS = 3600;
/** How long a poll waits for news before answering "nothing new" (under the client's 20 s timeout). */
export const LONG_POLL_MS = 10_000;
const MAX_ACTIVITY_BODY = '32kb';

export interface DirectLineDeps {
  log: ConversationLog;
  channel: WebChannel;
  secret: string;
  clock: Clock;
  longPollMs?: number;
}

/**
 * The subset of Direct Line 3.0 that Web Chat's own client (botframework-directlinejs, polling) speaks:
 * start or resume a conversation, post an activity, read what follows a watermark, refresh the token.
 * Every call needs a token: the web user's (to start) or the conversation's (bound to one conversation).
 */
export function directLineRoutes(deps: DirectLineDeps): Router {
  const router = express.Router();
  const json = express.json({ limit: MAX_ACTIVITY_BODY });
  const base = '/v3/directline';

  router.post(`${base}/conversations`, json, async (req, res) => {
    const user = claimsOf(req, deps);
    if (!user || user.conv) return refuse(res, 401);
    const conversation = deps.log.open(user.sub, { console: false });
    await deps.channel.open(conversation, localeOf(req));
    res.status(201).json(conversationResponse(conversation, deps));
  });

  router.get(`${base}/conversations/:id`, (req, res) => {
    const conversation = conversationOf(req, res, deps);
    if (conversation) res.json(conversationResponse(conversation, deps));
  });

  router.post(`${base}/tokens/refresh`, (req, res) => {
    const claims = claimsOf(req, deps);
    const conversation = claims?.conv ? deps.log.find(claims.conv) : undefined;
    if (!conversation || conversation.userId !== claims?.sub) return refuse(res, 401);
    res.json(conversationResponse(conversation, deps));
  });

  router.get(`${base}/conversations/:id/activities`, async (req, res) => {
    const conversation = conversationOf(req, res, deps);
    if (!conversation) return;
    const watermark = typeof req.query.watermark === 'string' ? req.query.watermark : undefined;
    let page = deps.log.since(conversation, watermark);
    if (page.activities.length === 0) {
      const gone = new AbortController();
      res.on('close', () => gone.abort());
      await deps.log.waitForNews(conversation.id, deps.longPollMs ?? LONG_POLL_MS, gone.signal);
      page = deps.log.since(conversation, watermark);
    }
    if (!res.writableEnded) res.json(page);
  });

  router.post(`${base}/conversations/:id/activities`, json, async (req, res) => {
    const conversation = conversationOf(req, res, deps);
    if (!conversation) return;
    const body = req.body as { type?: unknown; text?: unknown; value?: unknown; locale?: unknown; channelData?: { clientActivityID?: unknown } };
    if (body?.type !== 'message') return refuse(res, 400, 'only message activities are accepted');
    if (body.text !== undefined && (typeof body.text !== 'string' || body.text.length > MAX_TEXT_LENGTH)) {
      return refuse(res, 400, `text must be a string of at most ${MAX_TEXT_LENGTH} characters`);
    }
    const clientActivityID = body.channelData?.clientActivityID;
    const id = await deps.channel.post(conversation, {
      text: body.text as string | undefined,
      value: body.value,
      locale: typeof body.locale === 'string' ? body.locale : undefined,
      clientActivityID: typeof clientActivityID === 'string' ? clientActivityID.slice(0, 100) : undefined,
    });
    res.json({ id });
  });

  return router;
}

function claimsOf(req: Request, deps: DirectLineDeps): TokenClaims | null {
  const header = req.get('authorization') ?? '';
  return verifyToken(header.startsWith('Bearer ') ? header.slice(7) : undefined, deps.secret, deps.clock.now());
}

/** The conversation a conversation token opens: 401 without a valid token, 403 for another one's, 404 when gone. */
function conversationOf(req: Request, res: Response, deps: DirectLineDeps): WebConversation | undefined {
  const claims = claimsOf(req, deps);
  if (!claims || !claims.conv) return void refuse(res, 401);
  if (claims.conv !== req.params.id) return void refuse(res, 403);
  const conversation = deps.log.find(claims.conv);
  if (!conversation || conversation.userId !== claims.sub) return void refuse(res, 404);
  return conversation;
}

export function conversationResponse(conversation: WebConversation, deps: Pick<DirectLineDeps, 'secret' | 'clock'>) {
  const exp = Math.floor(deps.clock.now().getTime() / 1000) + CONVERSATION_TOKEN_SECONDS;
  const token = signToken({ sub: conversation.userId, exp, conv: conversation.id }, deps.secret);
  return { conversationId: conversation.id, token, expires_in: CONVERSATION_TOKEN_SECONDS };
}

function localeOf(req: Request): string | undefined {
  const locale = (req.body as { locale?: unknown } | undefined)?.locale;
  if (typeof locale === 'string') return locale;
  return req.get('accept-language')?.split(',')[0]?.trim();
}

function refuse(res: Response, status: number, message?: string): void {
  const text = message ?? { 400: 'bad request', 401: 'a valid token is required', 403: 'not your conversation', 404: 'no such conversation' }[status];
  res.status(status).json({ error: { code: String(status), message: text } });
}
