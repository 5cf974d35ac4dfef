import { join } from 'node:path';
import express, { type Response, type Router } from 'express';
import type { Clock } from '../infra/clock';
import { onlyFromThisMachine } from './consoleRoutes';
import { isWebUserId, signToken } from './tokens';

/** An anonymous web user's token (local mode): a month, after which the page makes a new id. */
export const ANONYMOUS_TOKEN_SECONDS = 30 * 24 * 3600;

export interface PageDeps {
  publicDir: string;
  webChatBundle: string;
  localMode: boolean;
  /** Unset only in production without WEBCHAT_TOKEN_SECRET. */
  secret: string | undefined;
  clock: Clock;
}

/**
 * Web Chat may inline styles (its themes) but runs only scripts from this server; the console may not
 * be framed by any site, the chat page may be framed by the bank's (it is the usual way to embed it).
 */
const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'";

/** `/chat`, `/console` (local mode, loopback), their files, and the anonymous token of local mode. */
export function pageRoutes({ publicDir, webChatBundle, localMode, secret, clock }: PageDeps): Router {
  const router = express.Router();
  const page = (res: Response, file: string, csp: string) => {
    res.setHeader('content-security-policy', csp);
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'no-referrer');
    res.sendFile(join(publicDir, file));
  };

  router.get('/chat', (_req, res) => page(res, 'chat.html', CSP));
  if (localMode) router.get('/console', onlyFromThisMachine, (_req, res) => page(res, 'console.html', `${CSP}; frame-ancestors 'none'`));
  router.use('/webchat/static', express.static(publicDir, { index: false, fallthrough: false, maxAge: '5m' }));
  router.get('/webchat/vendor/webchat.js', (_req, res) => res.sendFile(webChatBundle, { maxAge: '1d' }));
  router.get('/webchat/config', (_req, res) => res.json({ localMode, available: secret !== undefined }));

  if (localMode && secret) {
    router.post('/webchat/token', express.json({ limit: '1kb' }), (req, res) => {
      const { userId } = (req.body ?? {}) as { userId?: unknown };
      if (!isWebUserId(userId)) return void res.status(400).json({ error: 'userId must be 4 to 64 letters, digits, - or _' });
      const exp = Math.floor(clock.now().getTime() / 1000) + ANONYMOUS_TOKEN_SECONDS;
      res.json({ userId, token: signToken({ sub: userId, exp }, secret), expires_in: ANONYMOUS_TOKEN_SECONDS });
    });
  }
  return router;
}
