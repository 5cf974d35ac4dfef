/**
 * The worker thread that builds the generated bank's rows while the main thread inserts them: the
 * customers in order from one seeded generator (so the bank is the same as when one thread did both),
 * a batch posted as soon as it is whole, at most `BATCHES_AHEAD` batches ahead of the inserts (memory
 * stays bounded however slow the disk). An error ends the thread, which the main thread reports.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { SeededRandom } from '../demo/random';
import { BatchRows } from './batchRows';
import { scaleCustomer } from './scaleCustomer';
import { BATCHES_AHEAD, FLOW_CONSUMED, FLOW_STOPPED, type RowBuilderSpec } from './rowBuilderSpec';

const { spec, flow: flowBuffer } = workerData as { spec: RowBuilderSpec; flow: SharedArrayBuffer };
const flow = new Int32Array(flowBuffer);

/** Waits until the inserts are fewer than `BATCHES_AHEAD` batches behind; false once the main thread stops the load. */
function roomFor(posted: number): boolean {
  for (;;) {
    if (Atomics.load(flow, FLOW_STOPPED) === 1) return false;
    const consumed = Atomics.load(flow, FLOW_CONSUMED);
    if (posted - consumed < BATCHES_AHEAD) return true;
    Atomics.wait(flow, FLOW_CONSUMED, consumed, 1000);
  }
}

const random = new SeededRandom(spec.seed);
const rows = new BatchRows();
let posted = 0;
for (let from = 0; from < spec.customers && roomFor(posted); from += spec.batch) {
  const to = Math.min(spec.customers, from + spec.batch);
  for (let index = from; index < to; index++) rows.add(scaleCustomer(index + 1, spec.months, spec.now, random));
  const batch = rows.take(to);
  parentPort!.postMessage(batch, batch.cells.map((cells) => cells.buffer));
  posted++;
}
