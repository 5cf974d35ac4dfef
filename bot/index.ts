import { loadConfig } from './infra/config';
import { loadEnvFile } from './infra/envFile';
import { FixedClock, systemClock, type Clock } from './infra/clock';
import { createProcessLogger } from './infra/logger';
import { createAdapter } from './http/adapter';
import { createApp } from './http/app';
import { composeBot } from './infra/compose';
import { openSqlClient } from '../data/sql/openSqlClient';
import { seedDemoBankIfEmpty } from '../data/demo/seed';
import { defaultModelDir } from './nlu/modelDir';
import { BankRecognizer } from './nlu/recognizer';
import { createDispatcher, eventsRouter } from './notifications/wiring';
import { turnMiddleware } from './turn/turnMiddleware';
import { isLocalMode, warnIfLocalMode } from './http/localMode';
import { Drain } from './lifecycle/drain';
import { gracefulShutdown } from './lifecycle/shutdown';
import { BotMetrics } from './observability/metrics';
import { demoLinkRouter } from './http/demoLinkRoute';
import { announceListening, cannotListen, warnAboutMissingSettings } from './infra/startupNotes';
import { WebChat } from './webchat/webChat';
import { guardProcess } from './infra/processGuards';
import { scheduleStateExpiry } from './turn/stateExpirySchedule';
import { StateExpiry } from '../data/stateExpiry';
import { checkpointInBackground } from '../data/walCheckpointer';
import type { SqlClient } from '../data/sql/sqlClient';
import { createHttpServer, listen } from './http/httpServer';
import { handleStartupSignals } from './lifecycle/startupSignals';

/** The composition root: settings, database, recognizer, bot, HTTP. The only place that listens. */
async function main(): Promise<void> {
  loadEnvFile();
  const config = loadConfig();
  const logger = createProcessLogger(config);
  guardProcess(logger);
  const clock: Clock = config.fixedNow ? new FixedClock(config.fixedNow) : systemClock;
  warnIfLocalMode(config, logger);
  let ready = false;

  // Listen first: while the database migrates and the model loads, /livez says alive, /readyz "starting".
  let opened: SqlClient | undefined;
  const signals = handleStartupSignals(logger, () => void opened?.close(), (code) => process.exit(code));
  const http = createHttpServer();
  const address = await listen(http.server, config.port, config.host).catch((error: Error) => {
    logger.fatal(cannotListen(config.port, error, config.host));
    process.exit(1);
  });
  await letProbesIn();

  // PostgreSQL when DATABASE_URL says so (migrated under its lock), else the SQLite file at DATABASE_PATH.
  const db = await openSqlClient(config, (error) => logger.warn({ error: error.name }, 'database: an idle connection failed'));
  opened = db;
  // SQLite's checkpoints on another thread, not inside a turn's commit (they made the c=1 p99).
  const checkpoints = checkpointInBackground(db, (error) => logger.warn({ error }, 'database: a background checkpoint failed'));
  await letProbesIn();
  if (config.seedDemoBank && await seedDemoBankIfEmpty(db, clock.now(), config.timeZone)) {
    logger.info('empty database: seeded the demo bank');
  }
  scheduleStateExpiry(new StateExpiry(db), clock, config.unlinkedStateDays, logger);
  await letProbesIn();
  const recognizer = await BankRecognizer.create({ modelCacheDir: defaultModelDir() });
  await letProbesIn();
  const metrics = new BotMetrics({ processMetrics: true });
  const composition = composeBot(db, config, clock, recognizer, logger, metrics);
  const adapter = createAdapter(config, logger);
  for (const middleware of turnMiddleware(composition, { typing: true, logger })) adapter.use(middleware);
  const webChat = new WebChat(clock);
  const dispatcher = createDispatcher(composition, config, clock, logger, Math.random, webChat.connector);
  const events = eventsRouter(composition, config, clock, logger, dispatcher);
  warnAboutMissingSettings(logger, config);
  const demo = demoLinkRouter({ accounts: composition.services.accounts, links: composition.services.links, clock });
  const web = webChat.routes({
    adapter, composition, tokenSecret: config.webchat.tokenSecret, localMode: isLocalMode(config), botAppId: config.auth.appId,
    onEvent: () => dispatcher.wake(),
  });
  const drain = new Drain();
  const app = createApp({
    adapter, bot: composition.bot, logger, isReady: () => ready, events, demo, web, localMode: isLocalMode(config), drain,
    metrics, metricsToken: config.metricsToken,
  });

  const server = http.server;
  http.serve(app);
  ready = true;
  dispatcher.start();
  announceListening(logger, config, address);
  const stop = gracefulShutdown({
    server, drain, dispatcher, logger,
    // SQLite closes at once (synchronously); a PostgreSQL pool's connections end as the process exits.
    closeDatabase: () => {
      checkpoints.stop();
      void db.close().catch((error: Error) => logger.error({ error: error.name }, 'database close failed'));
    },
    drainMs: config.shutdown.drainSeconds * 1000,
    deadlineMs: config.shutdown.timeoutSeconds * 1000,
    exit: (code) => process.exit(code),
  });
  signals.handOver(stop);
}

/** Between two start-up steps: the port answers the probes (and signals are heard) that came in meanwhile. */
function letProbesIn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

main().catch((error: unknown) => {
  console.error(`bank assistant failed to start: ${(error as Error).message}`);
  process.exit(1);
});
