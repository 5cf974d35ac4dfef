import { findPeriods } from '../../bot/nlu/periods';
import { foldText } from '../../bot/nlu/text/normalize';
import type { Language } from '../../bot/nlu/types';

/** Wednesday 2 December 2026, 02:20 in Paris, when the third outside tester asked: the period suites' today. */
export const DEC_2 = new Date('2026-12-02T02:20:00+01:00');

/** A row of a period table: the words, then the first and last day the recognizer must read from them. */
export type PeriodRow = [expression: string, start: string, end: string];

/** The periods the recognizer reads in a message, as of `now` (2 December 2026 unless given) in a time zone. */
export const periodsOf = (text: string, language: Language, now = DEC_2, timeZone = 'Europe/Paris') =>
  findPeriods(foldText(text), language, now, timeZone);
