import type { Activity } from 'botbuilder';
import type { TransactionFilter } from '../../data/types';
import { dayOf, formatDay, formatRelativeDay } from '../format/dates';
import { formatMoney } from '../format/money';
import { withQuickReplies } from '../replies';
import { textsFor } from '../texts';
import { nameOf, nextSteps, type AnswerInput } from './transactionAnswers';

/**
 * "When did I last pay at Tesco?": the newest payment of the filter, its name, amount and day. Over all time
 * unless the question named a period: the last payment is not this month's total (the outside tester 4 got
 * "No income at Tesco"). `scopeOf` words the filter searched, so that "none" says where it looked;
 * the shop is not named twice ("at Tesco: €55.83"), a category's payment says where it was.
 */
export async function lastPaymentAnswer(input: AnswerInput, filter: TransactionFilter, scopeOf: (f: TransactionFilter) => string): Promise<Partial<Activity>> {
  const { services, info, customerId, currency } = input;
  const texts = textsFor(info.language);
  const [last] = (await services.transactions.search(customerId, { ...filter, limit: 1, offset: 0 })).transactions;
  const scope = scopeOf(filter);
  if (!last) return withQuickReplies(texts.noPayment(scope), nextSteps(info));
  const day = dayOf(last.bookedAt, services.timeZone);
  return withQuickReplies(texts.lastPayment(scope, filter.merchant ? '' : nameOf(last), formatMoney(-last.amountCents, currency, info.language),
    formatDay(day, info.language, services.timeZone, info.now), formatRelativeDay(day, info.language, services.timeZone, info.now)), nextSteps(info));
}
