import type { Middleware, TurnContext } from 'botbuilder';
import { processOnlyLock, type ConversationLock } from '../../data/conversationLock';

/**
 * Runs the turns of one conversation one after the other. botbuilder loads state at the start of a
 * turn and writes it back at the end with eTag `*`, so two turns of one conversation at once each
 * wrote over the other: of ten messages sent together, two transcript entries were kept. In this
 * process the turns queue in memory; the head of the queue then takes the database's lock on the
 * conversation (`ConversationLock`), so that another process serving the same conversation waits too,
 * and keeps it until its writes are committed (`TurnWrites` runs inside). Only one turn per
 * conversation and process ever waits on the database. Turns of different conversations run side by side.
 */
export class ConversationQueue implements Middleware {
  /** The last turn queued per conversation; an entry goes when its conversation is idle. */
  private readonly tails = new Map<string, Promise<void>>();

  constructor(private readonly lock: ConversationLock = processOnlyLock) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const key = `${context.activity.channelId}/${context.activity.conversation?.id}`;
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release = () => undefined as void;
    const mine = new Promise<void>((resolve) => {
      release = resolve;
    });
    const tail = previous.then(() => mine);
    this.tails.set(key, tail);
    await previous;
    try {
      await this.lock.hold(key, next);
    } finally {
      release();
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }

  /** Conversations with a turn running or waiting (for tests and metrics). */
  get busy(): number {
    return this.tails.size;
  }
}
