import type { Activity } from 'botbuilder';
import { comparePeriods, type PeriodCategoryChange } from '../../data/insights/periodComparison';
import type { DateRange } from '../../data/types';
import { formatPeriod } from '../format/dates';
import { insightSteps, type InsightInput } from './insightDialog';
import { withQuickReplies } from '../replies';

/** Enough category changes to say where the difference comes from, short enough for a phone. */
const CHANGES_SHOWN = 3;

/**
 * Two periods' spending, the earlier first, each with its dates said, then the difference in the later one
 * and, for all spending, the categories that moved most.
 */
export async function periodComparisonAnswer(input: InsightInput, periods: [DateRange, DateRange]): Promise<Partial<Activity>> {
  const { services, info, texts, customerId, money } = input;
  const category = info.result.entities.category?.[0];
  const comparison = await comparePeriods(services.transactions, customerId, periods, category ? [category] : undefined);
  const scope = (period: DateRange) => formatPeriod(period, info.language, services.timeZone, info.now);
  const name = (row: PeriodCategoryChange) => texts.categories[row.category] ?? row.category;
  const { earlier, later } = comparison;
  const difference = later.cents - earlier.cents;
  const answer = difference > 0 ? 'more' : difference < 0 ? 'less' : 'same';
  const changes = category ? [] : comparison.rows.filter((row) => row.laterCents !== row.earlierCents).slice(0, CHANGES_SHOWN);
  const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
  const lines = [
    texts.periodsIntro(category && (texts.categories[category] ?? category)),
    texts.periodsTotal(scope(earlier.period), money(earlier.cents)),
    texts.periodsTotal(scope(later.period), money(later.cents)),
    texts.periodsDifference(answer, money(Math.abs(difference)), scope(later.period)),
    ...(changes.length > 0 ? [texts.periodsChangesIntro] : []),
    ...changes.map((row) => texts.periodsChangeLine(capitalized(name(row)), money(row.earlierCents), money(row.laterCents))),
  ];
  return withQuickReplies(lines.join('\n'), insightSteps(texts, 'comparison'));
}
