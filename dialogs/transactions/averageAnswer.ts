import type { Activity } from 'botbuilder';
import { monthlyAverage } from '../../data/insights/monthlyAverage';
import { weeklyAverage } from '../../data/insights/weeklyAverage';
import { localDate } from '../../data/time';
import type { RecognizedEntities } from '../recognized';
import { formatDayWithYear, formatMonthYear, formatPeriod } from '../format/dates';
import { formatMoney } from '../format/money';
import { withQuickReplies } from '../replies';
import { textsFor } from '../texts';
import { nextSteps, type AnswerInput } from './transactionAnswers';

type AveragePer = NonNullable<RecognizedEntities['averagePer']>[number];

/**
 * "Combien je dépense en moyenne par mois ?": the mean of the last complete months (`monthlyAverage`), or
 * of the last complete weeks when it is asked per week (`weeklyAverage`), with the months or weeks it
 * covers, their number, the total it comes from and how it is rounded, so that the customer can check it.
 * A mean per day or per year is not worked out: said so plainly before the monthly one, never given as if
 * it were the one asked. The scope (`input.scope`) is said without the period, which the months replace.
 */
export async function averageAnswer(input: AnswerInput, per: AveragePer = 'month'): Promise<Partial<Activity>> {
  if (per === 'week') return weeklyAnswer(input);
  const answer = await monthlyAnswer(input);
  if (per === 'month') return answer;
  return { ...answer, text: `${textsFor(input.info.language).averagePerNotGiven(per)}\n${answer.text ?? ''}` };
}

async function monthlyAnswer(input: AnswerInput): Promise<Partial<Activity>> {
  const { services, info, customerId, filter, currency } = input;
  const texts = textsFor(info.language);
  const money = (cents: number) => formatMoney(cents, currency, info.language);
  const found = await monthlyAverage(services.transactions, customerId, filter, localDate(info.now, services.timeZone), services.timeZone);
  if (!found) {
    const text = filter.period
      ? texts.noCompleteMonthInPeriod(formatPeriod(filter.period, info.language, services.timeZone, info.now))
      : texts.noCompleteMonth;
    return withQuickReplies(text, nextSteps(info));
  }
  const month = (date: string) => formatMonthYear(date, info.language, services.timeZone);
  const months = texts.monthsFromTo(month(found.months.start), month(found.months.end));
  const text = found.count === 0
    ? texts.nothingSpentOnAverage(input.scope, months, found.monthCount)
    : texts.averageSpent(input.scope, months, found.monthCount, money(found.averageCents), money(found.totalCents), found.count,
      found.ownTransfersLeftOut > 0 ? texts.averageOwnTransfersLeftOut : '');
  return withQuickReplies(text, nextSteps(info));
}

/** The weekly mean, its first Monday and last Sunday said with their years, so that the weeks can be checked. */
async function weeklyAnswer(input: AnswerInput): Promise<Partial<Activity>> {
  const { services, info, customerId, filter, currency } = input;
  const texts = textsFor(info.language);
  const money = (cents: number) => formatMoney(cents, currency, info.language);
  const found = await weeklyAverage(services.transactions, customerId, filter, localDate(info.now, services.timeZone), services.timeZone);
  if (!found) {
    const text = filter.period
      ? texts.noCompleteWeekInPeriod(formatPeriod(filter.period, info.language, services.timeZone, info.now))
      : texts.noCompleteWeek;
    return withQuickReplies(text, nextSteps(info));
  }
  const day = (date: string) => formatDayWithYear(date, info.language, services.timeZone);
  const weeks = texts.weeksFromTo(day(found.weeks.start), day(found.weeks.end));
  const text = found.count === 0
    ? texts.nothingSpentWeekly(input.scope, weeks, found.weekCount)
    : texts.weeklyAverageSpent(input.scope, weeks, found.weekCount, money(found.averageCents), money(found.totalCents), found.count,
      found.ownTransfersLeftOut > 0 ? texts.averageOwnTransfersLeftOut : '');
  return withQuickReplies(text, nextSteps(info));
}
