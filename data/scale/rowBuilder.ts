/**
 * The main thread's end of the row-building worker (`rowBuilderWorker.ts`): batches in the order they
 * were built, each awaited in turn, and a failure of the worker (an error, or the thread ending before
 * the last batch) as a rejection naming it.
 */
import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { FLOW_CONSUMED, FLOW_STOPPED, type RowBuilderSpec } from './rowBuilderSpec';
import type { RowsBatch } from './scaleTables';

/** The worker's module: the compiled one in the build, the TypeScript source under ts-jest. */
export const ROW_BUILDER_WORKER = join(__dirname, `rowBuilderWorker${extname(__filename)}`);

/**
 * Loads the worker's module; from a `.ts` file (tests run the sources) it first teaches `require` to
 * compile TypeScript, file by file, with the compiler the tests already have. Plain JavaScript, evaluated.
 */
const BOOT = `
const { workerData } = require('node:worker_threads');
if (workerData.typescript) {
  const ts = require(workerData.typescript);
  const { readFileSync } = require('node:fs');
  const compilerOptions = { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true };
  require('node:module')._extensions['.ts'] = (module, file) =>
    module._compile(ts.transpileModule(readFileSync(file, 'utf8'), { fileName: file, compilerOptions }).outputText, file);
}
require(workerData.entry);
`;

export class RowBuilderError extends Error {
  constructor(reason: string) {
    super(`the worker thread building the rows failed: ${reason}`);
    this.name = 'RowBuilderError';
  }
}

export class RowBuilder {
  private readonly worker: Worker;
  private readonly flow = new Int32Array(new SharedArrayBuffer(8));
  private readonly ready: RowsBatch[] = [];
  private waiting: { resolve: (batch: RowsBatch) => void; reject: (error: Error) => void } | null = null;
  private failure: Error | null = null;
  private received = 0;
  private stopped = false;

  constructor(spec: RowBuilderSpec, entry = ROW_BUILDER_WORKER) {
    const expected = Math.ceil(spec.customers / spec.batch);
    const typescript = entry.endsWith('.ts') ? require.resolve('typescript') : null;
    this.worker = new Worker(BOOT, { eval: true, workerData: { entry, typescript, spec, flow: this.flow.buffer } });
    this.worker.on('message', (batch: RowsBatch) => {
      this.received++;
      if (this.waiting) this.settle().resolve(batch);
      else this.ready.push(batch);
    });
    this.worker.on('error', (error) => this.fail(new RowBuilderError(error.message)));
    // Messages posted before the thread ended are all delivered before 'exit'.
    this.worker.on('exit', (code) => {
      if (this.received < expected) this.fail(new RowBuilderError(`it ended (exit code ${code}) after ${this.received} of ${expected} batches`));
    });
  }

  /** The next batch, in order. */
  next(): Promise<RowsBatch> {
    const batch = this.ready.shift();
    if (batch) return Promise.resolve(batch);
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => { this.waiting = { resolve, reject }; });
  }

  /** Says a batch is inserted, which lets the worker build one more. */
  consumed(): void {
    Atomics.add(this.flow, FLOW_CONSUMED, 1);
    Atomics.notify(this.flow, FLOW_CONSUMED);
  }

  /** Ends the worker, whether it is done or not. */
  async stop(): Promise<void> {
    this.stopped = true;
    Atomics.store(this.flow, FLOW_STOPPED, 1);
    Atomics.notify(this.flow, FLOW_CONSUMED);
    await this.worker.terminate();
  }

  private fail(error: Error): void {
    if (this.stopped || this.failure) return;
    this.failure = error;
    if (this.waiting) this.settle().reject(error);
  }

  private settle() {
    const waiting = this.waiting!;
    this.waiting = null;
    return waiting;
  }
}
