/**
 * The rhythms a recurring payment can keep, and calendar arithmetic on `YYYY-MM-DD` dates. Pure: a date
 * here is a calendar day of the bank's zone, so no time zone or daylight-saving change can move it.
 */
export type Rhythm = 'weekly' | 'monthly' | 'quarterly' | 'yearly';

export interface RhythmRule {
  rhythm: Rhythm;
  /** Whole weeks or whole calendar months between two payments. */
  step: { weeks: number } | { months: number };
  /**
   * How many days a payment may come before or after its expected date and still belong to the series:
   * a direct debit moves with weekends and bank holidays, more so the longer its period.
   */
  toleranceDays: number;
  /** Payments needed before a series counts as recurring (a yearly one cannot wait for three years). */
  minPayments: number;
}

export const RHYTHM_RULES: readonly RhythmRule[] = [
  { rhythm: 'weekly', step: { weeks: 1 }, toleranceDays: 1, minPayments: 4 },
  { rhythm: 'monthly', step: { months: 1 }, toleranceDays: 3, minPayments: 3 },
  { rhythm: 'quarterly', step: { months: 3 }, toleranceDays: 5, minPayments: 3 },
  { rhythm: 'yearly', step: { months: 12 }, toleranceDays: 7, minPayments: 2 },
];

export function ruleOf(rhythm: Rhythm): RhythmRule {
  return RHYTHM_RULES.find((rule) => rule.rhythm === rhythm) as RhythmRule;
}

const DAY_MS = 86_400_000;

function parts(date: string): [number, number, number] {
  const [year, month, day] = date.split('-').map(Number);
  return [year, month, day];
}

function formatUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const [year, month, day] = parts(date);
  return formatUtc(Date.UTC(year, month - 1, day) + days * DAY_MS);
}

/** A calendar month later, kept on the last day when the month is shorter (31 January → 28 February). */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = parts(date);
  const lastDay = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
  return formatUtc(Date.UTC(year, month - 1 + months, Math.min(day, lastDay)));
}

export function daysBetween(from: string, to: string): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / DAY_MS);
}

/** The date `times` periods of the rhythm after `date`. */
export function stepFrom(date: string, rhythm: Rhythm, times = 1): string {
  const { step } = ruleOf(rhythm);
  return 'weeks' in step ? addDays(date, 7 * step.weeks * times) : addMonths(date, step.months * times);
}

/** What a payment costs a month: weekly × 52 / 12, quarterly / 3, yearly / 12, rounded to the cent. */
export function monthlyCents(amountCents: number, rhythm: Rhythm): number {
  switch (rhythm) {
    case 'weekly': return Math.round((amountCents * 52) / 12);
    case 'monthly': return amountCents;
    case 'quarterly': return Math.round(amountCents / 3);
    case 'yearly': return Math.round(amountCents / 12);
  }
}
