import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdapter } from '../../bot/http/adapter';
import { createApp } from '../../bot/http/app';
import { silentLogger } from '../../bot/infra/logger';
import { isLocalMode } from '../../bot/http/localMode';
import { createDispatcher, eventsRouter } from '../../bot/notifications/wiring';
import type { NotificationDispatcher } from '../../bot/notifications/dispatcher';
import { turnMiddleware } from '../../bot/turn/turnMiddleware';
import { WebChat } from '../../bot/webchat/webChat';
import { createTestBot, type TestBot } from './testBot';

export interface WebChatServer {
  bot: TestBot;
  webChat: WebChat;
  dispatcher: NotificationDispatcher;
  url: string;
  stop(): Promise<void>;
}

/**
 * The bot as the entry point composes it (demo bank in memory, frozen clock, typing on), with the web
 * chat, on a free loopback port. The dispatcher runs as in production: woken by each accepted event.
 */
export async function startWebChatServer(options: { env?: Record<string, string>; longPollMs?: number } = {}): Promise<WebChatServer> {
  const bot = await createTestBot({ env: options.env });
  const adapter = createAdapter(bot.config, silentLogger);
  for (const middleware of turnMiddleware(bot, { typing: true })) adapter.use(middleware);
  const webChat = new WebChat(bot.clock);
  const dispatcher = createDispatcher(bot, bot.config, bot.clock, silentLogger, () => 0.5, webChat.connector);
  const events = eventsRouter(bot, bot.config, bot.clock, silentLogger, dispatcher);
  const localMode = isLocalMode(bot.config);
  const web = webChat.routes({
    adapter, composition: bot, tokenSecret: bot.config.webchat.tokenSecret, localMode, botAppId: bot.config.auth.appId,
    longPollMs: options.longPollMs, onEvent: () => dispatcher.wake(),
  });
  const app = createApp({ adapter, bot: bot.bot, logger: silentLogger, isReady: () => true, events, web, localMode });
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  dispatcher.start();
  return {
    bot, webChat, dispatcher,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop: async () => {
      await dispatcher.stop();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
