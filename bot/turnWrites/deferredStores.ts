import type { Storage, StoreItems } from 'botbuilder';
import type { GroupCommit } from './groupCommit';
import { deferToEndOfTurn, takeWritesOf } from './turnWrites';

/**
 * The same store, its write methods named in `methods` held to the end of the turn (`TurnWrites`);
 * every other method, and every call outside a turn, goes straight through. The stores stay unaware.
 */
export function deferredMethods<T extends object>(store: T, methods: readonly (keyof T & string)[], durable: boolean): T {
  const putOff = new Set<string | symbol>(methods);
  return new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof value !== 'function' || !putOff.has(property)) return value;
      return (...args: unknown[]) => {
        const run = () => (value as (...a: unknown[]) => unknown).apply(target, args);
        return deferToEndOfTurn({ run, durable }) ? undefined : run();
      };
    },
  });
}

/**
 * botbuilder `Storage` whose writes and deletes wait for the end of the turn, in order; a read of a
 * document the turn has written first commits what the turn put off, so it reads its own writes.
 */
export class EndOfTurnStorage implements Storage {
  constructor(private readonly storage: Storage, private readonly group: GroupCommit) {}

  async read(keys: string[]): Promise<StoreItems> {
    await this.group.commit(takeWritesOf(keys));
    return this.storage.read(keys);
  }

  async write(changes: StoreItems): Promise<void> {
    const run = () => this.storage.write(changes);
    if (!deferToEndOfTurn({ run, durable: false, keys: Object.keys(changes) })) await run();
  }

  async delete(keys: string[]): Promise<void> {
    const run = () => this.storage.delete(keys);
    if (!deferToEndOfTurn({ run, durable: false, keys })) await run();
  }
}
