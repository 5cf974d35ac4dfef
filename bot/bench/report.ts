/** The tables `npm run bench` prints, each figure next to its target. */
import type { LoadResult } from './load';
import type { QueryTiming } from './queries';

export const TARGETS = {
  queryP99Ms: 1,
  botOverEcho: 0.75,
  singleP50Ms: 5,
  singleP99Ms: 20,
  recognitionMedianMs: 0.5,
  memoryGrowth: 0.1,
};

const pad = (value: string | number, width: number) => String(value).padStart(width);
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');

export function queryTable(timings: QueryTiming[], scans: number, statements: number): string[] {
  const lines = ['store query (over customers, best of 3)  p50 ms   p99 ms   max ms   target p99 < 1 ms'];
  for (const t of timings) {
    lines.push(`${t.name.padEnd(40)} ${pad(t.p50.toFixed(3), 7)}  ${pad(t.p99.toFixed(3), 7)}  ${pad(t.max.toFixed(3), 7)}   ${verdict(t.p99 < TARGETS.queryP99Ms)}`);
  }
  lines.push(`query plans: ${statements} statements a turn may run, ${scans} full table scans (target 0): ${verdict(scans === 0)}`);
  return lines;
}

export function loadTable(results: LoadResult[]): string[] {
  const lines = ['target            c   turns/s   p50 ms   p99 ms  peak MB  wrong  CPU ms/turn   bot/echo  bot/dialog  bot/express  echo/bot CPU'];
  const labels = [...new Set(results.map((r) => r.label))];
  const rows = [...results].sort((a, b) => labels.indexOf(a.label) - labels.indexOf(b.label) || a.connections - b.connections);
  for (const r of rows) {
    const echo = results.find((o) => o.target === 'echo' && o.connections === r.connections);
    const express = results.find((o) => o.target === 'express' && o.connections === r.connections);
    const dialog = results.find((o) => o.target === 'dialog' && o.connections === r.connections);
    const ratio = (other: LoadResult, width: number) => pad((r.turnsPerSecond / other.turnsPerSecond).toFixed(2), width);
    // What the ratio would be on a machine of its own, the bot and the echo bot each using a full core.
    const cpuRatio = echo ? pad((cpuPerTurn(echo) / cpuPerTurn(r)).toFixed(2), 12) : '';
    const ratios = r.target === 'bot' && echo && express
      ? `${ratio(echo, 8)}  ${dialog ? ratio(dialog, 10) : pad('', 10)}  ${ratio(express, 11)}  ${cpuRatio}` : '';
    const figures = [pad(r.turnsPerSecond.toFixed(0), 8), pad(r.p50.toFixed(2), 7), pad(r.p99.toFixed(2), 7), pad(r.peakMb.toFixed(0), 7),
      pad(r.wrong, 5), pad(cpuPerTurn(r).toFixed(2), 11)];
    lines.push(`${r.label.padEnd(15)} ${pad(r.connections, 3)}  ${figures.join('  ')}   ${ratios}`);
    if (r.examples.length > 0) lines.push(`  wrong replies: ${r.examples.join('; ')}`);
  }
  return lines;
}

/** CPU ms the target spent per turn. */
export function cpuPerTurn(result: LoadResult): number {
  return result.requests > 0 ? result.cpuMs / result.requests : 0;
}

export function targetLines(results: LoadResult[], recognitionMedianMs: number | null, memory: { tenthsMb: number[] } | null): string[] {
  const at = (target: string, c: number) => results.find((r) => r.label === target && r.connections === c);
  const bot50 = at('bot (webchat)', 50);
  const echo50 = at('echo bot', 50);
  const dialog50 = at('dialog ceiling', 50);
  const bot1 = at('bot (webchat)', 1);
  const lines = ['targets'];
  const percent = (over: LoadResult, under: LoadResult) => `${((100 * over.turnsPerSecond) / under.turnsPerSecond).toFixed(0)}%`
    + ` (by CPU per turn: ${((100 * cpuPerTurn(under)) / cpuPerTurn(over)).toFixed(0)}%)`;
  if (bot50 && echo50) {
    const ratio = bot50.turnsPerSecond / echo50.turnsPerSecond;
    lines.push(`  bot at c=50 ≥ ${TARGETS.botOverEcho * 100}% of the echo bot: ${(ratio * 100).toFixed(0)}% — ${verdict(ratio >= TARGETS.botOverEcho)}`
      + ` (by CPU per turn: ${((100 * cpuPerTurn(echo50)) / cpuPerTurn(bot50)).toFixed(0)}%)`);
  }
  if (bot50 && echo50 && dialog50) {
    // How much of the target botbuilder's own dialogs and state take before any of our work.
    lines.push(`    the dialog ceiling (botbuilder's dialogs and state, nothing of ours) at c=50: ${percent(dialog50, echo50)} of the echo bot;`
      + ` the bot: ${percent(bot50, dialog50)} of the dialog ceiling`);
  }
  if (bot1) {
    lines.push(`  c=1 p50 < ${TARGETS.singleP50Ms} ms: ${bot1.p50.toFixed(2)} ms — ${verdict(bot1.p50 < TARGETS.singleP50Ms)}`);
    lines.push(`  c=1 p99 < ${TARGETS.singleP99Ms} ms: ${bot1.p99.toFixed(2)} ms — ${verdict(bot1.p99 < TARGETS.singleP99Ms)}`);
  }
  if (recognitionMedianMs !== null) {
    lines.push(`  recognition median < ${TARGETS.recognitionMedianMs} ms: ${recognitionMedianMs.toFixed(3)} ms — ${verdict(recognitionMedianMs < TARGETS.recognitionMedianMs)}`);
  }
  if (memory) {
    // Peaks, not points: garbage collection makes resident memory a saw, and a leak lifts its teeth.
    const firstPeak = Math.max(...memory.tenthsMb.slice(0, 5));
    const growth = (Math.max(...memory.tenthsMb.slice(5)) - firstPeak) / firstPeak;
    lines.push(`  memory flat over the soak (peak of the second half < ${TARGETS.memoryGrowth * 100}% over the first's): ${(growth * 100).toFixed(1)}% — ${verdict(growth < TARGETS.memoryGrowth)}`);
    lines.push(`    RSS MB at each tenth: ${memory.tenthsMb.map((mb) => mb.toFixed(0)).join(' ')}`);
  }
  return lines;
}
