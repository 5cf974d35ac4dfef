import { DATA_INTENTS } from '../../../dialogs/intents';
import type { IntentName } from '../types';

/** Every intent whose dialog shows the customer's data (the insights too: a chart of the spending is data). */
const SHOWS_DATA: ReadonlySet<IntentName> = new Set(DATA_INTENTS);

/** A test phrase and what the bot must do with it: answer one intent, or refuse (anything but a data intent). */
export interface EvalCase {
  text: string;
  expected: IntentName | 'Rejected';
  /** An out-of-scope line answered with data on purpose, with this intent, and why (`publicSets/answered-on-purpose.json`). */
  onPurpose?: { intent: IntentName; reason: string };
}

export interface EvalScore {
  inScope: { correct: number; total: number };
  outOfScope: { rejected: number; total: number };
  /** expected → predicted → count. */
  confusion: Record<string, Record<string, number>>;
  /**
   * The phrases answered wrongly, to read when tuning; `onPurpose`, the reason an out-of-scope one was answered
   * with data on purpose (with the intent listed for it), which keeps it out of the lines that show data.
   */
  errors: { text: string; expected: string; predicted: IntentName; onPurpose?: string }[];
}

/** Refusing means not answering with data; a greeting or "help" in reply to "block my card" is a refusal. */
export function isRejection(predicted: IntentName): boolean {
  return !SHOWS_DATA.has(predicted);
}

/** In-scope phrases must get their exact intent; out-of-scope ones (`None` or `Rejected`) must be refused. */
export function score(cases: readonly EvalCase[], predict: (text: string, index: number) => IntentName): EvalScore {
  const result: EvalScore = { inScope: { correct: 0, total: 0 }, outOfScope: { rejected: 0, total: 0 }, confusion: {}, errors: [] };
  cases.forEach(({ text, expected, onPurpose }, index) => {
    const predicted = predict(text, index);
    const outOfScope = expected === 'None' || expected === 'Rejected';
    const right = outOfScope ? isRejection(predicted) : predicted === expected;
    if (outOfScope) {
      result.outOfScope.total += 1;
      if (right) result.outOfScope.rejected += 1;
    } else {
      result.inScope.total += 1;
      if (right) result.inScope.correct += 1;
    }
    if (!right) {
      const listed = outOfScope && onPurpose?.intent === predicted;
      result.errors.push({ text, expected, predicted, ...(listed ? { onPurpose: onPurpose.reason } : {}) });
    }
    const row = (result.confusion[expected] ??= {});
    row[predicted] = (row[predicted] ?? 0) + 1;
  });
  return result;
}

/** A share as a fraction (1 when there was nothing to measure). */
export function ratio(part: number, total: number): number {
  return total === 0 ? 1 : part / total;
}

export function inScopeAccuracy(result: EvalScore): number {
  return ratio(result.inScope.correct, result.inScope.total);
}

export function rejectionRate(result: EvalScore): number {
  return ratio(result.outOfScope.rejected, result.outOfScope.total);
}
