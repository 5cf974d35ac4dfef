/** Median and 95th percentile of timings, in milliseconds. */
export function summarise(samplesMs: readonly number[]): { median: number; p95: number } {
  return { median: percentile(samplesMs, 0.5), p95: percentile(samplesMs, 0.95) };
}

/** The `q` quantile (0..1) of the samples, nearest rank; 1 is the maximum. */
export function percentile(samples: readonly number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

/** Milliseconds taken by a synchronous call, with the high-resolution clock. */
export function timeMs(run: () => void): number {
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}
