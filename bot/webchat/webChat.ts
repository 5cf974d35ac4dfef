import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import express, { type Router } from 'express';
import type { CloudAdapter } from 'botbuilder';
import type { Clock } from '../infra/clock';
import type { Composition } from '../infra/compose';
import type { LocalConnector } from '../notifications/proactiveAdapter';
import { ConversationLog } from './conversationLog';
import { consoleRoutes, onlyFromThisMachine } from './consoleRoutes';
import { directLineRoutes } from './directLineRoutes';
import { pageRoutes } from './pageRoutes';
import { ephemeralSecret } from './tokens';
import { WebChannel } from './webChannel';
import { isWebChatServiceUrl, webConnectorClient } from './webConnector';

export interface WebChatRouteDeps {
  adapter: CloudAdapter;
  composition: Pick<Composition, 'bot' | 'privateState' | 'services' | 'notifications'>;
  /** WEBCHAT_TOKEN_SECRET; unset in local mode, a secret of this process is used instead. */
  tokenSecret?: string;
  localMode: boolean;
  /** MicrosoftAppId, when set. */
  botAppId?: string;
  /** How long a poll waits for news (tests shorten it). */
  longPollMs?: number;
  /** Wakes the notification dispatcher (after the console's sample event). */
  onEvent: () => void;
}

/**
 * The web chat channel served by the bot itself: `/chat`, `/console`, and the Direct Line subset they
 * talk through. One instance per process: its conversation log is shared by the turns and the dispatcher.
 */
export class WebChat {
  readonly log = new ConversationLog();

  constructor(private readonly clock: Clock) {}

  /** For the notification dispatcher: proactive messages to a web conversation go to its log. */
  readonly connector: LocalConnector = (serviceUrl) => (isWebChatServiceUrl(serviceUrl) ? webConnectorClient(this.log, this.clock) : undefined);

  routes(deps: WebChatRouteDeps): Router {
    const secret = deps.tokenSecret ?? (deps.localMode ? ephemeralSecret() : undefined);
    const router = express.Router();
    router.use(pageRoutes({ publicDir: publicDir(), webChatBundle: webChatBundle(), localMode: deps.localMode, secret, clock: this.clock }));
    // Production without WEBCHAT_TOKEN_SECRET: no token can be valid, so the channel answers nobody.
    if (!secret) return router;
    const channel = new WebChannel({
      adapter: deps.adapter, bot: deps.composition.bot, dialogStateOwner: deps.composition.privateState, log: this.log, clock: this.clock,
      botAppId: deps.botAppId,
    });
    router.use(directLineRoutes({ log: this.log, channel, secret, clock: this.clock, longPollMs: deps.longPollMs }));
    if (deps.localMode) {
      router.use('/console/api', onlyFromThisMachine);
      router.use(consoleRoutes({
        log: this.log, channel, secret, clock: this.clock, services: deps.composition.services,
        intake: deps.composition.notifications.intake, onEvent: deps.onEvent,
      }));
    }
    return router;
  }
}

/** The pages' own files: beside this module in the sources, and found from `dist/` after a build. */
function publicDir(): string {
  const candidates = [join(__dirname, 'public'), join(__dirname, '..', '..', '..', 'bot', 'webchat', 'public')];
  return candidates.find((dir) => existsSync(join(dir, 'chat.html'))) ?? candidates[0];
}

/** Web Chat's prebuilt bundle, from the project's node_modules (no CDN: the page works offline). */
function webChatBundle(): string {
  return join(dirname(require.resolve('botframework-webchat')), '..', 'dist', 'webchat.js');
}
