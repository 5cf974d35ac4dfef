import type { IntentName } from '../types';
import { inScopeAccuracy, isRejection, rejectionRate, type EvalScore } from './scoring';

const percent = (value: number): string => `${(100 * value).toFixed(1)}%`;

/** A source's figures and its confusion table (rows: expected, columns: predicted) as printable lines. */
export function formatScore(name: string, result: EvalScore): string[] {
  const lines = [`== ${name}`];
  if (result.inScope.total > 0) {
    lines.push(`  in-scope accuracy   ${percent(inScopeAccuracy(result))} (${result.inScope.correct}/${result.inScope.total})`);
  }
  if (result.outOfScope.total > 0) {
    const onPurpose = answeredOnPurpose(result).length;
    lines.push(`  out-of-scope refused ${percent(rejectionRate(result))} (${result.outOfScope.rejected}/${result.outOfScope.total}), `
      + `${shownData(result).length} show the customer's data (target 0)`
      + (onPurpose > 0 ? `, ${onPurpose} answered with data on purpose (listed)` : ''));
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

/**
 * The out-of-scope phrases answered with a data intent: each would show the customer data they did not ask
 * for. Those listed as answered on purpose, and answered as listed, are not among them (`answeredOnPurpose`).
 */
export function shownData(result: EvalScore): EvalScore['errors'] {
  return result.errors.filter((e) => (e.expected === 'None' || e.expected === 'Rejected') && !isRejection(e.predicted) && e.onPurpose === undefined);
}

/** The out-of-scope phrases answered with data on purpose (`publicSets/answered-on-purpose.json`). */
export function answeredOnPurpose(result: EvalScore): EvalScore['errors'] {
  return result.errors.filter((e) => e.onPurpose !== undefined);
}

/** Every one of them, for `--verbose`; the lines answered on purpose are always printed, each with its reason. */
export function formatShownData(result: EvalScore): string[] {
  const shown = shownData(result);
  return shown.length === 0 ? [] : ['  out-of-scope phrases that show data:', ...shown.map((e) => `    ! "${e.text}" → ${e.predicted}`)];
}

/** The lines answered on purpose, with the reason each is left out of the lines that show data. */
export function formatAnsweredOnPurpose(result: EvalScore): string[] {
  const listed = answeredOnPurpose(result);
  return listed.length === 0 ? [] : ['  answered with data on purpose (publicSets/answered-on-purpose.json, not counted above):',
    ...listed.map((e) => `    = "${e.text}" → ${e.predicted}: ${e.onPurpose}`)];
}
