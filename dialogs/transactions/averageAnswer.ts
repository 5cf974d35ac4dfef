import type { Activity } from 'botbuilder';
import { monthlyAverage } from '../../data/insights/monthlyAverage';
import type { SpendingMean } from '../../data/insights/spendingMean';
import { weeklyAverage } from '../../data/insights/weeklyAverage';
import { localDate } from '../../data/time';
import type { DateRange } from '../../data/types';
import type { RecognizedEntities } from '../recognized';
import { formatDayWithYear, formatMonthYear, formatPeriod } from '../format/dates';
import { formatMoney } from '../format/money';
import { withQuickReplies } from '../replies';
import { textsFor, type Texts } from '../texts';
import type { TurnInfo } from '../turnInfo';
import { nextSteps, type AnswerInput } from './transactionAnswers';

type AveragePer = NonNullable<RecognizedEntities['averagePer']>[number];

/** How a mean over whole units is worked out and said: the months or the weeks it covers, and its sentences. */
interface Unit {
  mean: typeof monthlyAverage;
  span: (span: DateRange, texts: Texts, info: TurnInfo, timeZone: string) => string;
  none: (texts: Texts) => string;
  noneIn: (texts: Texts) => (period: string) => string;
  nothing: (texts: Texts) => Texts['nothingSpentOnAverage'];
  spent: (texts: Texts) => Texts['averageSpent'];
  nothingEarned: (texts: Texts) => Texts['nothingEarnedOnAverage'];
  earned: (texts: Texts) => Texts['averageEarned'];
}

const UNITS: Record<'month' | 'week', Unit> = {
  month: {
    mean: monthlyAverage,
    span: ({ start, end }, texts, info, timeZone) =>
      texts.monthsFromTo(formatMonthYear(start, info.language, timeZone), formatMonthYear(end, info.language, timeZone)),
    none: (texts) => texts.noCompleteMonth,
    noneIn: (texts) => texts.noCompleteMonthInPeriod,
    nothing: (texts) => texts.nothingSpentOnAverage,
    spent: (texts) => texts.averageSpent,
    nothingEarned: (texts) => texts.nothingEarnedOnAverage,
    earned: (texts) => texts.averageEarned,
  },
  // The first Monday and the last Sunday, with their years, so that the weeks can be checked.
  week: {
    mean: weeklyAverage,
    span: ({ start, end }, texts, info, timeZone) =>
      texts.weeksFromTo(formatDayWithYear(start, info.language, timeZone), formatDayWithYear(end, info.language, timeZone)),
    none: (texts) => texts.noCompleteWeek,
    noneIn: (texts) => texts.noCompleteWeekInPeriod,
    nothing: (texts) => texts.nothingSpentWeekly,
    spent: (texts) => texts.weeklyAverageSpent,
    nothingEarned: (texts) => texts.nothingEarnedWeekly,
    earned: (texts) => texts.weeklyAverageEarned,
  },
};

/**
 * "Combien je dépense en moyenne par mois ?": the mean of the last complete months (`monthlyAverage`), or
 * of the last complete weeks when it is asked per week (`weeklyAverage`), with the months or weeks it
 * covers, their number, the total it comes from and how it is rounded, so that the customer can check it.
 * A mean per day or per year is not worked out: said so plainly before the monthly one, never given as if
 * it were the one asked. A mean of income ("combien je gagne en moyenne par mois") is worked out the same way. The scope (`input.scope`) is said without the period, which the units replace.
 */
export async function averageAnswer(input: AnswerInput, per: AveragePer = 'month'): Promise<Partial<Activity>> {
  const answer = await meanAnswer(input, UNITS[per === 'week' ? 'week' : 'month']);
  if (per === 'week' || per === 'month') return answer;
  return { ...answer, text: `${textsFor(input.info.language).averagePerNotGiven(per)}\n${answer.text ?? ''}` };
}

async function meanAnswer(input: AnswerInput, unit: Unit): Promise<Partial<Activity>> {
  const { services, info, customerId, filter, currency } = input;
  const texts = textsFor(info.language);
  const money = (cents: number) => formatMoney(cents, currency, info.language);
  const found: SpendingMean | null = await unit.mean(services.transactions, customerId, filter, localDate(info.now, services.timeZone), services.timeZone);
  if (!found) {
    const text = filter.period
      ? unit.noneIn(texts)(formatPeriod(filter.period, info.language, services.timeZone, info.now))
      : unit.none(texts);
    return withQuickReplies(text, nextSteps(info));
  }
  const span = unit.span(found.span, texts, info, services.timeZone);
  const earned = filter.direction === 'in';
  const text = found.count === 0
    ? (earned ? unit.nothingEarned(texts) : unit.nothing(texts))(input.scope, span, found.unitCount)
    : (earned ? unit.earned(texts) : unit.spent(texts))(input.scope, span, found.unitCount, money(found.averageCents), money(found.totalCents), found.count,
      found.ownTransfersLeftOut > 0 ? texts.averageOwnTransfersLeftOut : '');
  return withQuickReplies(text, nextSteps(info));
}
