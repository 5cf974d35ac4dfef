import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdapter } from '../../bot/http/adapter';
import { createApp } from '../../bot/http/app';
import { silentLogger, type Logger } from '../../bot/infra/logger';
import { LoopbackConnector } from '../../bot/cli/loopbackConnector';
import { turnMiddleware } from '../../bot/turn/turnMiddleware';
import type { Db } from '../../data/database';
import { createTestBot, type TestBot } from './testBot';
import { createDispatcher, eventsRouter } from '../../bot/notifications/wiring';
import type { NotificationDispatcher } from '../../bot/notifications/dispatcher';
import { isLocalMode } from '../../bot/http/localMode';
import { demoLinkRouter } from '../../bot/http/demoLinkRoute';

export interface HttpBot {
  bot: TestBot;
  connector: LoopbackConnector;
  url: string;
  /** Not started: tests run it explicitly (`await dispatcher.runDue()`), never on real timers. */
  dispatcher: NotificationDispatcher;
  /** Posts an activity the way the Emulator does: serviceUrl is the loopback connector. */
  post(activity: Record<string, unknown>, headers?: Record<string, string>): Promise<Response>;
  postRaw(body: string, headers?: Record<string, string>): Promise<Response>;
  stop(): Promise<void>;
}

/** The bot behind its real express app and CloudAdapter, on a free loopback port. */
export async function startHttpBot(
  options: { db?: Db; env?: Record<string, string>; random?: () => number; logger?: Logger; bodyDeadlineMs?: number } = {},
): Promise<HttpBot> {
  const bot = await createTestBot(options);
  const adapter = createAdapter(bot.config, silentLogger);
  for (const middleware of turnMiddleware(bot, { typing: true })) adapter.use(middleware);
  const dispatcher = createDispatcher(bot, bot.config, bot.clock, silentLogger, options.random ?? (() => 0.5));
  const events = eventsRouter(bot, bot.config, bot.clock, silentLogger, dispatcher);
  const demo = demoLinkRouter({ accounts: bot.services.accounts, links: bot.services.links, clock: bot.clock });
  const app = createApp({
    adapter, bot: bot.bot, logger: silentLogger, isReady: () => true, events, demo, localMode: isLocalMode(bot.config),
    metrics: bot.metrics, metricsToken: bot.config.metricsToken, bodyDeadlineMs: options.bodyDeadlineMs,
  });
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const connector = new LoopbackConnector();
  const serviceUrl = await connector.start();

  const postRaw = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  return {
    bot,
    connector,
    url,
    dispatcher,
    postRaw,
    post: (activity, headers) => postRaw(JSON.stringify({
      channelId: 'emulator',
      serviceUrl,
      conversation: { id: 'conversation-1' },
      from: { id: 'emulator-user', name: 'User' },
      recipient: { id: 'bot', name: 'Bot' },
      locale: 'fr-FR',
      ...activity,
    }), headers),
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await connector.stop();
    },
  };
}
