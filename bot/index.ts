import { loadConfig } from './config';
import { systemClock } from './clock';
import { createLogger } from './logger';
import { createAdapter } from './adapter';
import { createApp } from './app';
import { composeBot } from './compose';
import { openDatabase } from '../data/database';
import { seedDemoBankIfEmpty } from '../data/demo/seed';
import { BankRecognizer } from './nlu/recognizer';
import { isLocalMode, warnIfLocalMode } from './localMode';

/** The composition root: settings, database, recognizer, bot, HTTP. The only place that listens. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  warnIfLocalMode(config, logger);
  let ready = false;

  const db = openDatabase(config.databasePath);
  if (config.seedDemoBank && seedDemoBankIfEmpty(db, systemClock.now(), config.timeZone)) {
    logger.info('empty database: seeded the demo bank');
  }
  const recognizer = await BankRecognizer.create();
  const { bot, understanding, rateLimit } = composeBot(db, config, systemClock, recognizer, logger);
  const adapter = createAdapter(config, logger);
  adapter.use(rateLimit);
  adapter.use(understanding);
  const app = createApp({ adapter, bot, logger, isReady: () => ready, localMode: isLocalMode(config) });

  const server = app.listen(config.port, () => {
    ready = true;
    logger.info({ port: config.port }, 'bank assistant listening on /api/messages');
  });
  const stop = () => {
    ready = false;
    server.close(() => {
      db.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`bank assistant failed to start: ${(error as Error).message}`);
  process.exit(1);
});
