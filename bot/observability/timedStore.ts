import type { Histogram } from 'prom-client';

/**
 * The same store, each method call timed into `bank_store_query_duration_seconds{store, operation}`;
 * `observe` also sees each result (link outcomes are counted that way). The stores stay unaware.
 */
export function timedStore<T extends object>(
  store: T, name: string, histogram: Histogram<'store' | 'operation'>, observe?: (operation: string, result: unknown) => void,
): T {
  return new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof value !== 'function' || typeof property !== 'string') return value;
      return (...args: unknown[]) => {
        const end = histogram.startTimer({ store: name, operation: property });
        let result: unknown;
        try {
          result = (value as (...a: unknown[]) => unknown).apply(target, args);
        } catch (error) {
          end();
          throw error;
        }
        // The stores answer with promises: the time is the query's, until it settles.
        if (!(result instanceof Promise)) {
          end();
          observe?.(property, result);
          return result;
        }
        return result.then((settled) => {
          end();
          observe?.(property, settled);
          return settled;
        }, (error: unknown) => {
          end();
          throw error;
        });
      };
    },
  });
}
