import type { IntentName } from '../types';
import { inScopeAccuracy, rejectionRate, type EvalScore } from './scoring';

const percent = (value: number): string => `${(100 * value).toFixed(1)}%`;

/** A source's figures and its confusion table (rows: expected, columns: predicted) as printable lines. */
export function formatScore(name: string, result: EvalScore): string[] {
  const lines = [`== ${name}`];
  if (result.inScope.total > 0) {
    lines.push(`  in-scope accuracy   ${percent(inScopeAccuracy(result))} (${result.inScope.correct}/${result.inScope.total})`);
  }
  if (result.outOfScope.total > 0) {
    lines.push(`  out-of-scope refused ${percent(rejectionRate(result))} (${result.outOfScope.rejected}/${result.outOfScope.total}), `
      + `${result.outOfScope.total - result.outOfScope.rejected} answered with data`);
  }
  const predicted = [...new Set(Object.values(result.confusion).flatMap((row) => Object.keys(row)))].sort() as IntentName[];
  lines.push(`  ${'expected \\ predicted'.padEnd(22)}${predicted.map((p) => p.slice(0, 8).padStart(9)).join('')}`);
  for (const [expected, row] of Object.entries(result.confusion)) {
    lines.push(`  ${expected.padEnd(22)}${predicted.map((p) => String(row[p] ?? '').padStart(9)).join('')}`);
  }
  return lines;
}

/** A few of the errors, so that the figures can be understood. */
export function formatErrors(result: EvalScore, limit: number): string[] {
  return result.errors.slice(0, limit).map((e) => `    ✗ "${e.text}" expected ${e.expected}, got ${e.predicted}`);
}
