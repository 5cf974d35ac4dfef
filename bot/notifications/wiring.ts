import type { Router } from 'express';
import type { Clock } from '../infra/clock';
import type { Composition } from '../infra/compose';
import type { Config } from '../infra/config';
import type { Logger } from '../infra/logger';
import { NotificationDispatcher } from './dispatcher';
import { eventsRoute } from './eventsRoute';
import { createProactiveAdapter, type LocalConnector } from './proactiveAdapter';

/** The dispatcher of a composition, as the entry point and the HTTP tests both build it (`local`: the web chat's connector). */
export function createDispatcher(
  composition: Composition, config: Config, clock: Clock, logger: Logger, random: () => number = Math.random,
  local?: LocalConnector,
): NotificationDispatcher {
  const settings = config.notifications;
  return new NotificationDispatcher({
    outbox: composition.notifications.outbox,
    references: composition.notifications.references,
    adapter: createProactiveAdapter(config, local),
    botAppId: config.auth.appId ?? '',
    clock,
    random,
    policy: {
      maxAttempts: settings.maxAttempts,
      backoff: { baseMs: settings.backoffSeconds * 1000, maxMs: settings.maxBackoffSeconds * 1000 },
      pollMs: settings.pollSeconds * 1000,
      batchSize: 50,
      leaseMs: settings.leaseSeconds * 1000,
    },
    timeZone: config.timeZone,
    logger,
  });
}

/** `POST /api/events`, waking the dispatcher after each accepted event (which may bring a customer a new merchant's name). */
export function eventsRouter(
  composition: Composition, config: Config, clock: Clock, logger: Logger, dispatcher: NotificationDispatcher,
): Router {
  return eventsRoute({
    intake: composition.notifications.intake,
    secret: config.notifications.eventsSecret,
    clock,
    logger,
    onAccepted: () => {
      composition.vocabularies.forgetAll();
      dispatcher.wake();
    },
  });
}
