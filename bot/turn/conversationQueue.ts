import type { Middleware, TurnContext } from 'botbuilder';

/**
 * Runs the turns of one conversation one after the other, in this process. botbuilder loads state at
 * the start of a turn and writes it back at the end with eTag `*`, so two turns of one conversation at
 * once each wrote over the other: of ten messages sent together, two transcript entries were kept.
 * Turns of different conversations still run side by side. (Several processes over one database need
 * the database's own locking: a later issue.)
 */
export class ConversationQueue implements Middleware {
  /** The last turn queued per conversation; an entry goes when its conversation is idle. */
  private readonly tails = new Map<string, Promise<void>>();

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
      await next();
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
