import type { Activity } from 'botbuilder';
import { monthlyAverage } from '../../data/insights/monthlyAverage';
import { localDate } from '../../data/time';
import { formatMonthYear, formatPeriod } from '../format/dates';
import { formatMoney } from '../format/money';
import { withQuickReplies } from '../replies';
import { textsFor } from '../texts';
import { nextSteps, type AnswerInput } from './transactionAnswers';

/**
 * "Combien je dépense en moyenne par mois ?": the mean of the last complete months (`monthlyAverage`),
 * with the months it covers, their number, the total it comes from and how it is rounded, so that the
 * customer can check it. A mean of income ("combien je gagne en moyenne par mois") is worked out the same way. The scope (`input.scope`) is said without the period, which the months replace.
 */
export async function averageAnswer(input: AnswerInput): Promise<Partial<Activity>> {
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
  const earned = filter.direction === 'in';
  const text = found.count === 0
    ? (earned ? texts.nothingEarnedOnAverage : texts.nothingSpentOnAverage)(input.scope, months, found.monthCount)
    : (earned ? texts.averageEarned : texts.averageSpent)(input.scope, months, found.monthCount, money(found.averageCents), money(found.totalCents), found.count,
      found.ownTransfersLeftOut > 0 ? texts.averageOwnTransfersLeftOut : '');
  return withQuickReplies(text, nextSteps(info));
}
