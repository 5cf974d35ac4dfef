import type { AddressInfo } from 'node:net';
import { loadConfig } from './config';
import { FixedClock, systemClock, type Clock } from './clock';
import { createLogger } from './logger';
import { createAdapter } from './adapter';
import { createApp } from './app';
import { composeBot } from './compose';
import { openDatabase } from '../data/database';
import { seedDemoBankIfEmpty } from '../data/demo/seed';
import { BankRecognizer } from './nlu/recognizer';
import { createDispatcher, eventsRouter } from './notifications/wiring';
import { turnMiddleware } from './turnMiddleware';
import { isLocalMode, warnIfLocalMode } from './localMode';
import { Drain } from './lifecycle/drain';
import { gracefulShutdown } from './lifecycle/shutdown';
import { BotMetrics } from './observability/metrics';

/** The composition root: settings, database, recognizer, bot, HTTP. The only place that listens. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const clock: Clock = config.fixedNow ? new FixedClock(config.fixedNow) : systemClock;
  warnIfLocalMode(config, logger);
  let ready = false;

  const db = openDatabase(config.databasePath);
  if (config.seedDemoBank && seedDemoBankIfEmpty(db, clock.now(), config.timeZone)) {
    logger.info('empty database: seeded the demo bank');
  }
  const recognizer = await BankRecognizer.create();
  const metrics = new BotMetrics({ processMetrics: true });
  const composition = composeBot(db, config, clock, recognizer, logger, metrics);
  const adapter = createAdapter(config, logger);
  for (const middleware of turnMiddleware(composition, { typing: true })) adapter.use(middleware);
  const dispatcher = createDispatcher(composition, config, clock, logger);
  const events = eventsRouter(composition, config, clock, logger, dispatcher);
  if (!config.notifications.eventsSecret) logger.warn('EVENTS_SECRET is unset: /api/events refuses every event (503)');
  const drain = new Drain();
  const app = createApp({
    adapter, bot: composition.bot, logger, isReady: () => ready, events, localMode: isLocalMode(config), drain,
    metrics, metricsToken: config.metricsToken,
  });

  const server = app.listen(config.port, () => {
    ready = true;
    dispatcher.start();
    logger.info({ port: (server.address() as AddressInfo).port }, 'bank assistant listening on /api/messages');
  });
  server.on('error', (error: NodeJS.ErrnoException) => {
    logger.fatal({ port: config.port, error: error.code }, 'cannot listen');
    db.close();
    process.exit(1);
  });
  const stop = gracefulShutdown({
    server, drain, dispatcher, logger,
    closeDatabase: () => db.close(),
    drainMs: config.shutdown.drainSeconds * 1000,
    deadlineMs: config.shutdown.timeoutSeconds * 1000,
    exit: (code) => process.exit(code),
  });
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(`bank assistant failed to start: ${(error as Error).message}`);
  process.exit(1);
});
