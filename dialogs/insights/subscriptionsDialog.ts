import type { Activity } from 'botbuilder';
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { enGB, fr } from 'date-fns/locale';
import { recurringPayments } from '../../data/insights/customerSeries';
import { seriesAt, type RecurringSeries } from '../../data/insights/recurring';
import { formatShortDate } from '../format/calendarDay';
import { InsightDialog, insightSteps, type InsightInput, type InsightServices } from './insightDialog';
import { withQuickReplies } from '../replies';

export const SUBSCRIPTIONS_DIALOG = 'subscriptionsDialog';
/** Series listed one by one; a longer list would not read on a phone. */
const SHOWN = 12;

/** "Mes abonnements", "how much do I pay for subscriptions per month": the recurring payments and their monthly total. */
export class SubscriptionsDialog extends InsightDialog {
  constructor(services: InsightServices) {
    super(SUBSCRIPTIONS_DIALOG, services, 'Subscriptions');
  }

  protected async answer(input: InsightInput): Promise<Partial<Activity>> {
    const { services, info, texts, customerId, today, money } = input;
    const series = (await recurringPayments(services.transactions, customerId, today, services.timeZone))
      .sort((a, b) => b.monthlyCents - a.monthlyCents || a.merchant.localeCompare(b.merchant));
    const steps = insightSteps(texts, 'subscriptions');
    const day = (date: string) => formatShortDate(date, info.language, services.timeZone, info.now);
    const named = info.result.entities.merchant?.[0];
    if (named) return withQuickReplies(merchantAnswer(named, series, input, day), [texts.insightQuick.subscriptions, ...steps]);
    if (series.length === 0) return withQuickReplies(texts.noSubscriptions, steps);
    const monthly = series.reduce((sum, s) => sum + s.monthlyCents, 0);
    const lines = [
      texts.subscriptionsIntro(series.length, money(monthly)),
      ...series.slice(0, SHOWN).map((s) => texts.subscriptionLine(s.merchant, money(s.amountCents), texts.rhythm[s.rhythm], day(s.lastDate), day(s.nextDate))),
    ];
    const rises = series.filter((s): s is RecurringSeries & { priceChange: NonNullable<RecurringSeries['priceChange']> } => s.priceChange !== null);
    if (rises.length > 0) {
      lines.push(texts.priceRisesIntro, ...rises.map((s) =>
        texts.priceRise(s.merchant, money(s.priceChange.fromCents), money(s.priceChange.toCents), monthOf(s.priceChange.since, input))));
    }
    return withQuickReplies(lines.join('\n'), steps);
  }
}

/**
 * "c'est quoi mon prélèvement netflix": that merchant's recurring payments only, or that there is none
 * there (never the whole list, which would answer another question).
 */
function merchantAnswer(merchant: string, all: RecurringSeries[], input: InsightInput, day: (date: string) => string): string {
  const { texts, money } = input;
  const series = seriesAt(all, merchant);
  if (series.length === 0) return texts.noSubscriptionAt(merchant);
  return series.map((s) => texts.subscriptionAt(s.merchant, money(s.amountCents), texts.rhythm[s.rhythm], day(s.lastDate), day(s.nextDate)))
    .join('\n');
}

/** "mars" / "March", with the year when it is not this one. */
function monthOf(date: string, input: InsightInput): string {
  const [year, month] = date.split('-').map(Number);
  const sameYear = date.slice(0, 4) === input.today.slice(0, 4);
  const locale = input.info.language === 'fr' ? fr : enGB;
  return format(new TZDate(year, month - 1, 15, input.services.timeZone), sameYear ? 'MMMM' : 'MMMM yyyy', { locale });
}
