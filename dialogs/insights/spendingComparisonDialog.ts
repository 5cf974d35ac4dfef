import type { Activity } from 'botbuilder';
import { againstTheseDays } from '../../data/insights/periodComparison';
import { USUAL_MONTHS, compareWithUsual, type CategoryComparison } from '../../data/insights/spendingComparison';
import type { DateRange } from '../../data/types';
import { formatPeriod } from '../format/dates';
import { InsightDialog, insightSteps, type InsightInput, type InsightServices } from './insightDialog';
import { periodComparisonAnswer } from './periodComparisonAnswer';
import { withQuickReplies } from '../replies';

export const SPENDING_COMPARISON_DIALOG = 'spendingComparisonDialog';
const SHOWN = 6;

/**
 * "Je dépense plus que d'habitude en restaurants ?", "how does my spending this month compare?": this month
 * so far against the average of the same days of the three months before, per category, biggest change first.
 * With two periods named ("octobre et novembre"), those two; with one past period ("plus qu'en octobre"),
 * that one against the present over as many days.
 */
export class SpendingComparisonDialog extends InsightDialog {
  constructor(services: InsightServices) {
    super(SPENDING_COMPARISON_DIALOG, services, 'SpendingComparison');
  }

  protected async answer(input: InsightInput): Promise<Partial<Activity>> {
    const { services, info, texts, customerId, today, money } = input;
    const [first, second] = info.result.entities.period ?? [];
    const periods: [DateRange, DateRange] | undefined = second ? [first, second] : first && againstTheseDays(first, today);
    if (periods) return periodComparisonAnswer(input, periods);
    const category = info.result.entities.category?.[0];
    const comparison = await compareWithUsual(services.transactions, customerId, today, category ? [category] : undefined);
    const scope = formatPeriod(comparison.period, info.language, services.timeZone, info.now);
    const steps = insightSteps(texts, 'comparison');
    const name = (row: CategoryComparison) => texts.categories[row.category] ?? row.category;
    if (category) {
      const [row] = comparison.rows;
      const answer = row.currentCents > row.usualCents ? 'more' : row.currentCents < row.usualCents ? 'less' : 'same';
      return withQuickReplies(texts.comparisonOne(answer, name(row), money(row.currentCents), money(row.usualCents), scope), steps);
    }
    if (comparison.rows.length === 0) return withQuickReplies(texts.noComparison, steps);
    const capitalized = (row: CategoryComparison) => name(row).charAt(0).toUpperCase() + name(row).slice(1);
    const lines = [
      texts.comparisonIntro(scope, USUAL_MONTHS),
      ...comparison.rows.slice(0, SHOWN).map((row) => texts.comparisonLine(capitalized(row), money(row.currentCents), money(row.usualCents))),
    ];
    return withQuickReplies(lines.join('\n'), steps);
  }
}
