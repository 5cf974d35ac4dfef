/**
 * `npm run bench -- --engine postgres`: the bot as shipped, one process and then two over one
 * database, on SQLite (one file in WAL mode) and on PostgreSQL, every reply checked. With two
 * processes each serves half the chat users (as a load balancer with sticky conversations would), at
 * half the connections, so that the load offered is the same as for one.
 */
import type { BenchUser } from './conversations';
import { runLoad, type LoadResult } from './load';
import { percentile } from './stats';
import { startTarget } from './targets';

/** Connections in all, shared out between the processes. */
const CONNECTIONS = 20;
const PROCESS_COUNTS = [1, 2];

export interface EngineRow { engine: string; processes: number; result: LoadResult }

export async function engineRows(
  engines: { name: string; env: Record<string, string> }[], users: BenchUser[], duration: number,
): Promise<EngineRow[]> {
  const rows: EngineRow[] = [];
  for (const engine of engines) {
    for (const processes of PROCESS_COUNTS) {
      rows.push({ engine: engine.name, processes, result: await severalProcesses(engine.env, processes, users, duration) });
    }
  }
  return rows;
}

async function severalProcesses(env: Record<string, string>, processes: number, users: BenchUser[], duration: number): Promise<LoadResult> {
  const targets = await Promise.all(Array.from({ length: processes }, () => startTarget('bot', env)));
  const shareOf = (index: number) => users.filter((_, n) => n % processes === index);
  const load = (seconds: number, label: string) => Promise.all(targets.map((target, index) => runLoad(
    target, shareOf(index), { connections: CONNECTIONS / processes, duration: seconds, channelId: 'webchat', label: `${label} #${index + 1}` })));
  try {
    await load(1, 'warm-up');
    return together(await load(duration, `bot ×${processes}`));
  } finally {
    await Promise.all(targets.map((target) => target.stop()));
  }
}

/** Runs measured side by side: their turns add up over the longest one's time. */
function together(parts: LoadResult[]): LoadResult {
  const latencies = parts.flatMap((part) => part.latencies);
  const requests = parts.reduce((sum, part) => sum + part.requests, 0);
  const seconds = Math.max(...parts.map((part) => part.seconds));
  return {
    ...parts[0], connections: CONNECTIONS, requests, seconds, latencies, turnsPerSecond: requests / seconds,
    p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99),
    peakMb: parts.reduce((sum, part) => sum + part.peakMb, 0),
    cpuMs: parts.reduce((sum, part) => sum + part.cpuMs, 0),
    wrong: parts.reduce((sum, part) => sum + part.wrong, 0),
    examples: [...new Set(parts.flatMap((part) => part.examples))].slice(0, 5),
  };
}

export function engineTable(rows: EngineRow[]): string[] {
  const pad = (value: string | number, width: number) => String(value).padStart(width);
  const lines = ['engine       processes   c   turns   turns/s   p50 ms   p99 ms  wrong  CPU ms/turn'];
  for (const { engine, processes, result: r } of rows) {
    lines.push(`${engine.padEnd(12)} ${pad(processes, 9)} ${pad(r.connections, 3)} ${pad(r.requests, 7)}  ${pad(r.turnsPerSecond.toFixed(0), 8)}  `
      + `${pad(r.p50.toFixed(2), 7)}  ${pad(r.p99.toFixed(2), 7)}  ${pad(r.wrong, 5)}  ${pad((r.cpuMs / Math.max(1, r.requests)).toFixed(2), 11)}`);
    if (r.examples.length > 0) lines.push(`  wrong replies: ${r.examples.join('; ')}`);
  }
  return lines;
}
