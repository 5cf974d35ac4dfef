import type { Activity } from 'botbuilder';
import { salaryStatus } from '../../data/payCycle';
import { dayOf, formatDay, formatRelativeDay } from '../format/dates';
import { formatMoney } from '../format/money';
import { withQuickReplies } from '../replies';
import { textsFor } from '../texts';
import { scopeWords } from './transactionScope';
import { nameOf, nextSteps, totalDetails, type AnswerInput } from './transactionAnswers';
import type { Transaction } from '../../data/types';
import type { DateRange as Period } from '../../data/types';

/** Payers listed one by one; the rest are summed on one line, so the answer stays short on a phone. */
const PAYER_LINES = 6;

/** "Combien j'ai gagné le mois dernier ?": the income of the period, then who paid it, largest first. */
export async function earningsAnswer(input: AnswerInput): Promise<Partial<Activity>> {
  const { services, info, customerId, filter, scope, currency } = input;
  const texts = textsFor(info.language);
  const money = (cents: number) => formatMoney(cents, currency, info.language);
  const totals = await services.transactions.totals(customerId, { ...filter, direction: 'in', excludeOwnTransfers: true });
  if (totals.count === 0) return withQuickReplies(texts.noEarnings(scope), nextSteps(info));
  const payers = await services.transactions.incomeByPayer(customerId, filter);
  const shown = payers.length > PAYER_LINES + 1 ? payers.slice(0, PAYER_LINES) : payers;
  const rest = payers.slice(shown.length);
  const details = totalDetails(totals, currency, info);
  const lines = [
    filter.category === 'salary'
      ? texts.salaryTotal(withoutWords(scope, texts.scope.inCategory(texts.categories.salary)), money(totals.totalCents), totals.count, details)
      : texts.earningsTotal(scope, money(totals.totalCents), totals.count, details),
    ...shown.map((p) => texts.payerLine(p.payer, money(p.totalCents), p.count)),
  ];
  if (rest.length > 0) lines.push(texts.otherPayers(rest.length, money(rest.reduce((sum, p) => sum + p.totalCents, 0))));
  return withQuickReplies(lines.join('\n'), nextSteps(info));
}

/** The scope without one of its parts ("en salaire, du 1er au 31 octobre" → "du 1er au 31 octobre"). */
function withoutWords(scope: string, part: string): string {
  return scope.split(', ').filter((piece) => piece !== part).join(', ');
}

/**
 * "Mon salaire est tombé ?": the salary of the current pay cycle, or when the last one came. With a period
 * named ("et le mois dernier ?", "mon salaire d'octobre"), the salary paid in that period.
 */
export async function salaryAnswer(input: AnswerInput, named?: Period): Promise<Partial<Activity>> {
  if (named) return salaryInPeriod(input, named);
  const { services, info, customerId, filter, currency } = input;
  const texts = textsFor(info.language);
  const status = await salaryStatus(services.transactions, customerId, filter.accountIds, info.now, services.timeZone);
  const described = (t: Transaction) => {
    const day = dayOf(t.bookedAt, services.timeZone);
    return {
      amount: formatMoney(t.amountCents, currency, info.language),
      day: formatDay(day, info.language, services.timeZone, info.now),
      relative: formatRelativeDay(day, info.language, services.timeZone, info.now),
    };
  };
  if (status.current) {
    const { amount, day, relative } = described(status.current);
    const account = input.accounts.find((a) => a.id === status.current?.accountId)?.name ?? '';
    const arrived = asksWhen(input) ? texts.incomeArrivedOn : texts.incomeArrived;
    return withQuickReplies(arrived(amount, nameOf(status.current), day, relative, account), nextSteps(info));
  }
  if (!status.last) return withQuickReplies(texts.noSalary, nextSteps(info));
  const { amount, day, relative } = described(status.last);
  const last = asksWhen(input) ? texts.lastSalaryOn : texts.salaryNotYet;
  return withQuickReplies(last(amount, nameOf(status.last), day, relative), nextSteps(info));
}

async function salaryInPeriod(input: AnswerInput, period: Period): Promise<Partial<Activity>> {
  const { services, info, customerId, filter, currency } = input;
  const texts = textsFor(info.language);
  // The salary is what is asked about: the scope says when, not "en salaire".
  const scope = scopeWords({ period }, undefined, info, services.timeZone, currency);
  const salaryFilter = { accountIds: filter.accountIds, period, category: 'salary', direction: 'in' as const, excludeOwnTransfers: true };
  const [salary] = (await services.transactions.search(customerId, { ...salaryFilter, limit: 1, offset: 0 })).transactions;
  if (!salary) return withQuickReplies(texts.noSalaryIn(scope), nextSteps(info));
  const day = formatDay(dayOf(salary.bookedAt, services.timeZone), info.language, services.timeZone, info.now);
  return withQuickReplies(texts.salaryIn(scope, formatMoney(salary.amountCents, currency, info.language), nameOf(salary), day), nextSteps(info));
}

/** "Quand ai-je été payé ?", "when was my last paycheck": a question of when gets the date first, not a yes. */
export function asksWhen(input: AnswerInput): boolean {
  return Boolean(input.info.result.entities.askedWhen?.length);
}
