import type { SqlClient } from './sqlClient';

interface Asked<In, Out> {
  input: In;
  done: (output: Out) => void;
  fail: (error: unknown) => void;
}

/**
 * Relaxed writes (`SqlClient.relaxed`) asked in the same turn of the event loop, fifty turns arriving
 * at once for instance, run together in one short transaction, each still its own statement, so that
 * they pay one commit instead of one each; a write asked alone is its own statement. A failure of the
 * transaction fails every write of the batch (none of them is kept).
 */
export class RelaxedBatch<In, Out> {
  private asked: Asked<In, Out>[] = [];

  constructor(private readonly sql: SqlClient, private readonly write: (input: In) => Promise<Out>) {}

  run(input: In): Promise<Out> {
    return new Promise((done, fail) => {
      this.asked.push({ input, done, fail });
      if (this.asked.length === 1) setImmediate(() => void this.flush());
    });
  }

  private async flush(): Promise<void> {
    const batch = this.asked;
    this.asked = [];
    try {
      const outputs = await this.sql.relaxed(async () => {
        if (batch.length === 1) return [await this.write(batch[0].input)];
        return this.sql.transaction(async () => {
          const each: Out[] = [];
          for (const { input } of batch) each.push(await this.write(input));
          return each;
        });
      });
      batch.forEach((asked, index) => asked.done(outputs[index]));
    } catch (error) {
      for (const asked of batch) asked.fail(error);
    }
  }
}
