/** Median and 95th percentile of timings, in milliseconds. */
export function summarise(samplesMs: readonly number[]): { median: number; p95: number } {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { median: at(0.5), p95: at(0.95) };
}

/** Milliseconds taken by a synchronous call, with the high-resolution clock. */
export function timeMs(run: () => void): number {
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}
