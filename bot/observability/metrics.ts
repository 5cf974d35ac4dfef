import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Statuses an outbox row can be in, as a gauge reads them at each scrape. */
export type OutboxCounts = Record<'pending' | 'held' | 'sent' | 'failed', number>;

/**
 * What operators watch, in Prometheus terms. Labels are bounded sets (intent, channel, store method,
 * route, status): never a customer, chat user, account or conversation id.
 */
export class BotMetrics {
  readonly registry = new Registry();

  readonly turns = new Counter({
    name: 'bank_turns_total', help: 'Turns handled, by recognized intent (None when not understood) and channel',
    labelNames: ['intent', 'channel', 'outcome'] as const, registers: [this.registry],
  });

  readonly turnDuration = new Histogram({
    name: 'bank_turn_duration_seconds', help: 'Time from the activity entering the bot to the end of the turn',
    labelNames: ['channel'] as const, buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5], registers: [this.registry],
  });

  readonly recognized = new Counter({
    name: 'bank_recognizer_messages_total', help: 'Messages read by the recognizer, by language and result (intent or none)',
    labelNames: ['language', 'result'] as const, registers: [this.registry],
  });

  readonly storeQueries = new Histogram({
    name: 'bank_store_query_duration_seconds', help: 'Time of each store call, by store and method',
    labelNames: ['store', 'operation'] as const, buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5],
    registers: [this.registry],
  });

  readonly linkAttempts = new Counter({
    name: 'bank_link_attempts_total', help: 'Link codes tried, by outcome: linked, invalid (a failure) or locked (refused during a lockout)',
    labelNames: ['outcome'] as const, registers: [this.registry],
  });

  readonly httpResponses = new Counter({
    name: 'bank_http_responses_total', help: 'HTTP responses, by route and status code',
    labelNames: ['route', 'status'] as const, registers: [this.registry],
  });

  constructor(options: { processMetrics?: boolean } = {}) {
    if (options.processMetrics ?? true) collectDefaultMetrics({ register: this.registry });
  }

  /** Notifications by status, read from the outbox at each scrape (so every process reports the same). */
  watchOutbox(counts: () => Promise<OutboxCounts>): void {
    new Gauge({
      name: 'bank_notifications', help: 'Notifications in the outbox, by status',
      labelNames: ['status'] as const, registers: [this.registry],
      async collect() {
        for (const [status, count] of Object.entries(await counts())) this.set({ status }, count);
      },
    });
  }
}
