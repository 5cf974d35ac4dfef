import { randomUUID } from 'node:crypto';
import type { CloudAdapter } from 'botbuilder';
import type { Clock } from '../infra/clock';
import type { Logger } from '../infra/logger';
import type { ConversationReferenceStore } from '../../data/conversationReferenceStore';
import type { OutboxItem, OutboxStore } from '../../data/outboxStore';
import { retryDelayMs, type BackoffPolicy } from './backoff';
import { proactiveDelivery } from './messengerWindow';
import { renderNotification } from '../../dialogs/notificationText';
import { classifySendFailure } from './sendFailure';

export interface DispatchPolicy {
  maxAttempts: number;
  backoff: BackoffPolicy;
  pollMs: number;
  /** Rows claimed per pass. */
  batchSize: number;
  /** How long a claim keeps other dispatchers off a row; past it, a row whose sender died is sent by another. */
  leaseMs: number;
}

export interface DispatcherDeps {
  outbox: OutboxStore;
  references: ConversationReferenceStore;
  adapter: Pick<CloudAdapter, 'continueConversationAsync'>;
  /** MicrosoftAppId; the empty string in local mode (the Emulator, the loopback connector). */
  botAppId: string;
  clock: Clock;
  /** In [0, 1): the jitter's randomness, injected so that tests know every delay. */
  random: () => number;
  policy: DispatchPolicy;
  timeZone: string;
  logger: Logger;
  /** Names this dispatcher's claims; unique per process, so that several can share one outbox. */
  owner?: string;
}

/**
 * Sends due outbox rows as proactive messages. A row is marked sent only once the channel accepted
 * it; a failure is retried later with backoff (the row stays in the database, so a restart picks it
 * up); after `maxAttempts` it is parked as failed. Woken when an event is accepted, and polls.
 * Rows are claimed with a lease before they are sent, so several dispatchers (processes) over one
 * outbox never send the same row; a claim of a process that died lapses and another sends the row.
 * If a process dies between the channel's acceptance and the mark, that one message goes again once
 * the lease lapses: at least once, and at most once per event and chat in every other case.
 */
export class NotificationDispatcher {
  private running: Promise<number> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;

  private readonly owner: string;

  constructor(private readonly deps: DispatcherDeps) {
    this.owner = deps.owner ?? randomUUID();
  }

  /** One pass over the due rows; concurrent calls share the pass in progress. Returns how many were sent. */
  runDue(): Promise<number> {
    this.running ??= this.pass().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  start(): void {
    if (this.timer) return;
    this.stopped = false;
    this.timer = setInterval(() => this.runInBackground(), this.deps.policy.pollMs);
    this.timer.unref();
    this.runInBackground();
  }

  /** After an event is accepted: send now rather than at the next poll (only once started). */
  wake(): void {
    if (this.timer) this.runInBackground();
  }

  /** A pass nobody awaits: its failure (the database gone, a bug) is logged, and the next poll tries again. */
  private runInBackground(): void {
    this.runDue().catch((error: unknown) => {
      this.deps.logger.error({ error: (error as Error)?.name }, 'notification pass failed');
    });
  }

  /** Resolves once the send in progress (if any) is done; the rest of the pass stays due for the next start. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  private async pass(): Promise<number> {
    let sent = 0;
    const now = this.deps.clock.now();
    const { batchSize, leaseMs } = this.deps.policy;
    for (const item of await this.deps.outbox.claimDue(now, batchSize, this.owner, new Date(now.getTime() + leaseMs))) {
      // Stopping: what is left of the claim goes back at once, for another process, instead of at the lease's end.
      if (this.stopped) {
        await this.deps.outbox.releaseClaim(item.id, this.owner);
        continue;
      }
      if (await this.dispatch(item)) sent++;
    }
    return sent;
  }

  /**
   * One JSON line per notification handled (`msg: "notification"`): its outbox row, its event (the
   * events endpoint logged the same id with its request id), the outcome and the time. No content.
   */
  private log(item: OutboxItem, started: number, fields: Record<string, unknown>, level: 'info' | 'warn' = 'info'): void {
    this.deps.logger[level]({
      outbox: item.id, event: item.eventId, channel: item.channelId, ...fields, ms: Date.now() - started,
    }, 'notification');
  }

  private async dispatch(item: OutboxItem): Promise<boolean> {
    const { outbox, references, clock } = this.deps;
    const started = Date.now();
    const saved = await references.find({ channelId: item.channelId, userId: item.userId });
    if (!saved) {
      await outbox.park(item.id, 'no conversation reference');
      this.log(item, started, { outcome: 'failed', error: 'no conversation reference' }, 'warn');
      return false;
    }
    const now = clock.now();
    const delivery = proactiveDelivery(item.channelId, saved.lastMessageAt, now, item.payload);
    if (delivery.kind === 'hold') {
      await outbox.markHeld(item.id);
      this.log(item, started, { outcome: 'held' });
      return false;
    }
    let text: string;
    try {
      text = renderNotification(item.payload, saved.language, this.deps.timeZone, now);
    } catch (error) {
      // Rendering again will fail again: parked with its reason, and the other rows go on.
      const reason = `unrenderable: ${(error as Error)?.name ?? 'error'}`;
      await outbox.park(item.id, reason);
      this.log(item, started, { outcome: 'failed', error: reason }, 'warn');
      return false;
    }
    try {
      await this.deps.adapter.continueConversationAsync(this.deps.botAppId, saved.reference as never, async (context) => {
        await context.sendActivity({ type: 'message', text, channelData: delivery.channelData });
      });
    } catch (error) {
      await this.failed(item, error, started);
      return false;
    }
    await outbox.markSent(item.id, clock.now());
    this.log(item, started, { outcome: 'sent', attempts: item.attempts + 1 });
    return true;
  }

  private async failed(item: OutboxItem, error: unknown, started: number): Promise<void> {
    const { outbox, clock, policy, random } = this.deps;
    const now = clock.now();
    const failure = classifySendFailure(error, now);
    const attempts = item.attempts + 1;
    if (!failure.retryable || attempts >= policy.maxAttempts) {
      await outbox.park(item.id, failure.errorClass);
      this.log(item, started, { outcome: 'failed', attempts, error: failure.errorClass }, 'warn');
      return;
    }
    const delay = retryDelayMs(attempts, policy.backoff, random, failure.retryAfterMs);
    await outbox.scheduleRetry(item.id, new Date(now.getTime() + delay), failure.errorClass);
    this.log(item, started, { outcome: 'retry', attempts, error: failure.errorClass, delayMs: delay }, 'warn');
  }
}
