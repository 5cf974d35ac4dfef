/** What the main thread and the row-building worker agree on: the work, and the flow-control words they share. */
export interface RowBuilderSpec {
  customers: number;
  months: number;
  /** The end of the history, epoch milliseconds. */
  now: number;
  /** Customers per batch (one transaction each on the inserting side). */
  batch: number;
  seed: number;
}

/** Index, in the shared `Int32Array`, of the number of batches the main thread has inserted. */
export const FLOW_CONSUMED = 0;
/** Index of the flag the main thread sets when the load ends early: the worker stops building. */
export const FLOW_STOPPED = 1;
/** Batches built but not yet inserted, at most: one being inserted, one waiting. */
export const BATCHES_AHEAD = 2;
