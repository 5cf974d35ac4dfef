import { AsyncLocalStorage } from 'node:async_hooks';
import type { Middleware, TurnContext } from 'botbuilder';
import type { DeferredWrite, GroupCommit } from './groupCommit';

interface Pending {
  writes: DeferredWrite[];
  /** Set once the turn has committed: a write from work the turn left running is not put off any more. */
  closed: boolean;
}

const current = new AsyncLocalStorage<Pending>();

/**
 * Middleware right inside the per-conversation queue: the writes a turn makes through `deferred` stores
 * (audit lines, bot state, the conversation reference) are held until the end of the turn and committed
 * together with other turns' (`GroupCommit`), before the next turn of the conversation starts. A reply
 * that leaves during the turn (a callback to the channel's `serviceUrl`) first commits what the turn has
 * written so far, so an answer shown is always audited; with `expectReplies` the replies leave in the
 * HTTP response, after the commit.
 */
export class TurnWrites implements Middleware {
  constructor(private readonly group: GroupCommit) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const pending: Pending = { writes: [], closed: false };
    context.onSendActivities(async (ctx, activities, sendNext) => {
      if (ctx.activity.deliveryMode !== 'expectReplies') await this.group.commit(pending.writes.splice(0));
      return sendNext();
    });
    let failure: { error: unknown } | undefined;
    try {
      await current.run(pending, next);
    } catch (error) {
      failure = { error };
    }
    pending.closed = true;
    const committed = this.group.commit(pending.writes.splice(0), true);
    // A failed turn still keeps what it wrote before failing (the audit line of an answer already given).
    if (!failure) return committed;
    await committed.catch(() => undefined);
    throw failure.error;
  }
}

/**
 * Holds `run` until the end of the current turn; false outside a turn (the caller then writes at once).
 * `keys` name the state documents it writes, so that a later read of them in the turn can wait for it.
 */
export function deferToEndOfTurn(write: DeferredWrite): boolean {
  const pending = current.getStore();
  if (!pending || pending.closed) return false;
  pending.writes.push(write);
  return true;
}

/** The current turn's writes put off so far, taken out (to be committed now) if one of them writes one of `keys`. */
export function takeWritesOf(keys: readonly string[]): DeferredWrite[] {
  const pending = current.getStore();
  if (!pending || pending.closed || !pending.writes.some((write) => write.keys?.some((key) => keys.includes(key)))) return [];
  return pending.writes.splice(0);
}
