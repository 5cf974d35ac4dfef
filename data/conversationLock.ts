import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Holds a conversation for the length of one turn, across every process sharing the database:
 * botbuilder writes state back with eTag `*`, so two turns of one conversation at once on two
 * processes would each overwrite the other's changes. Turns of other conversations are not held up.
 */
export interface ConversationLock {
  /** Runs `work` once no other process (or composition) holds `key`; holds it until `work` settles. */
  hold<T>(key: string, work: () => Promise<T>): Promise<T>;
  /** Lets go of what the lock itself keeps open (PostgreSQL: its connections; SQLite: its renewal timer). */
  close(): Promise<void>;
}

/** Nothing to share: one process alone on its database (its own queue serializes its turns). */
export const processOnlyLock: ConversationLock = {
  hold: (_key, work) => work(),
  close: async () => undefined,
};

/**
 * A hold on a conversation, as the turn's commits see it. A hold can be lost while its turn still runs
 * (a SQLite lease taken over after its holder stalled past it, a PostgreSQL lock connection the server
 * ended): the turn's writes must then not land over those of the process that has it now.
 */
export interface HeldConversation {
  /**
   * Called inside the transaction of each of the turn's commits, before its writes: throws
   * `ConversationLockLost` if the hold is gone, so that the commit is refused and nothing of it lands.
   * Resolves without a check once the hold has ended (a write the turn left running is no longer held).
   */
  confirm(): Promise<void>;
  /**
   * In place of `confirm` in the turn's last commit, where a lock can let go in the commit itself (the
   * SQLite lease: its row deleted in that transaction, saving a write of its own). Throws as `confirm`.
   */
  releaseInCommit?(): Promise<void>;
  /** Told once the last commit whose transaction ran `releaseInCommit` is in (else the lock lets go itself). */
  released?(): void;
}

/** A turn's commit refused because its hold on the conversation was lost mid-turn. */
export class ConversationLockLost extends Error {
  constructor() {
    super('the conversation lock was lost before the turn committed');
    this.name = 'ConversationLockLost';
  }
}

const holding = new AsyncLocalStorage<HeldConversation>();

/** Runs `work` with `held` as the hold its commits confirm (what a lock's `hold` does around the turn). */
export function withHeldConversation<T>(held: HeldConversation, work: () => Promise<T>): Promise<T> {
  return holding.run(held, work);
}

/** The hold of the turn running in this async context, if a lock holds one (the group commit confirms it). */
export function heldConversation(): HeldConversation | undefined {
  return holding.getStore();
}

/** What a lock tells the log about its holds: codes and counts only, never a conversation or a customer. */
export type LockEvent =
  | { kind: 'renewal failed'; error: string }
  | { kind: 'release failed'; error: string }
  | { kind: 'lost'; held: number };

/** The error's code or class name, never its message (which may quote a key). */
export function errorCode(error: unknown): string {
  const { code, name } = (error ?? {}) as { code?: unknown; name?: unknown };
  return typeof code === 'string' ? code : typeof name === 'string' ? name : 'unknown';
}
