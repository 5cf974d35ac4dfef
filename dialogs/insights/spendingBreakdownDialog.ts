import type { Activity } from 'botbuilder';
import { spendingByCategory } from '../../data/insights/spendingComparison';
import { addMonths } from '../../data/insights/rhythm';
import type { DateRange } from '../../data/types';
import { barChartSvg } from '../charts/barChartSvg';
import { renderPng } from '../charts/renderPng';
import { formatPeriod } from '../format/dates';
import { InsightDialog, insightSteps, type InsightInput, type InsightServices } from './insightDialog';
import { withQuickReplies } from '../replies';
import { capitalize } from '../format/capitalize';

export const SPENDING_BREAKDOWN_DIALOG = 'spendingBreakdownDialog';
const CHART_NAME = 'spending.png';

/** "Répartition de mes dépenses le mois dernier", "spending breakdown": money out per category, largest first. */
export class SpendingBreakdownDialog extends InsightDialog {
  constructor(services: InsightServices) {
    super(SPENDING_BREAKDOWN_DIALOG, services, 'SpendingBreakdown');
  }

  protected async answer(input: InsightInput): Promise<Partial<Activity>> {
    const { services, info, texts, customerId, money } = input;
    const period = info.result.entities.period?.[0] ?? lastMonth(input.today);
    const scope = formatPeriod(period, info.language, services.timeZone, info.now);
    const rows = (await spendingByCategory(services.transactions, customerId, period)).map((row) => ({
      label: capitalize(texts.categories[row.category] ?? row.category), cents: row.cents,
    }));
    const steps = insightSteps(texts, 'breakdown');
    if (rows.length === 0) return withQuickReplies(texts.noBreakdown(scope), steps);
    const total = rows.reduce((sum, row) => sum + row.cents, 0);
    const lines = [
      texts.breakdownTotal(scope, money(total)),
      ...rows.map((row) => texts.breakdownLine(row.label, money(row.cents), Math.round((row.cents * 100) / total))),
    ];
    const reply = withQuickReplies(lines.join('\n'), steps);
    // The picture for those who would rather look; the text stays for channels without images and screen readers.
    const png = renderPng(barChartSvg(texts.chartTitle(scope), rows.map((row) => ({ ...row, amountText: money(row.cents) }))));
    reply.attachments = [{ contentType: 'image/png', contentUrl: `data:image/png;base64,${png.toString('base64')}`, name: CHART_NAME }];
    return reply;
  }
}

/** Without a period, the last whole month: the one people look back on. */
function lastMonth(today: string): DateRange {
  const start = addMonths(`${today.slice(0, 8)}01`, -1);
  const end = addMonths(start, 1);
  const [year, month, day] = end.split('-').map(Number);
  return { start, end: new Date(Date.UTC(year, month - 1, day - 1)).toISOString().slice(0, 10) };
}
