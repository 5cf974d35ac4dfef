import { AsyncLocalStorage } from 'node:async_hooks';

const source = new AsyncLocalStorage<string>();

/**
 * Where the HTTP request of the current turn came from, when that says who is behind it: in local mode
 * the client's address (nobody proves a `from.id`, so the address is the only thing a client cannot
 * rotate for free). With channel credentials every request comes from the channel service, so none is set.
 */
export function withRequestSource<T>(address: string | undefined, work: () => T): T {
  return address ? source.run(address, work) : work();
}

export function requestSource(): string | undefined {
  return source.getStore();
}
