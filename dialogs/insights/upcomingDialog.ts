import type { Activity } from 'botbuilder';
import { recurringPayments, salarySeries } from '../../data/insights/customerSeries';
import { addDays, addMonths } from '../../data/insights/rhythm';
import { seriesAt } from '../../data/insights/recurring';
import { nextSettlement, settlementsOf, withoutSettlements } from '../../data/insights/cardSettlement';
import { expectedDebits, projectBalance, totalOf, withExpected, type ExpectedDebit, type ProjectedDay } from '../../data/insights/upcoming';
import type { Account, DateRange } from '../../data/types';
import { formatShortDate } from '../format/calendarDay';
import { formatPeriod } from '../format/dates';
import { InsightDialog, insightSteps, type InsightInput, type InsightServices } from './insightDialog';
import { withQuickReplies } from '../replies';

export const UPCOMING_DIALOG = 'upcomingDialog';
/** Without a salary to wait for, the projection looks this far ahead. */
const HORIZON_DAYS = 30;
const SHOWN = 10;

/**
 * "Qu'est-ce qui va être prélevé cette semaine ?", "will I be overdrawn before payday?": the payments the
 * recurring series expect in the period, with each credit card's monthly settlement from the checking account
 * (an own transfer the series leave out, estimated at what the card owes), then the checking account's
 * estimated balance on each of those days up to the next salary.
 */
export class UpcomingDialog extends InsightDialog {
  constructor(services: InsightServices) {
    super(UPCOMING_DIALOG, services, 'Upcoming');
  }

  protected async answer(input: InsightInput): Promise<Partial<Activity>> {
    const { services, info, texts, customerId, today, money } = input;
    const checking = input.accounts.find((a) => a.type === 'checking');
    const cards = checking ? await cardSettlements(input, checking) : { debits: [], descriptions: [] };
    const series = withoutSettlements(await recurringPayments(services.transactions, customerId, today, services.timeZone), cards.descriptions, checking);
    const payday = (await salarySeries(services.transactions, customerId, today, services.timeZone))?.nextDate ?? null;
    const until = payday && payday > today ? payday : addDays(today, HORIZON_DAYS);
    const asked = info.result.entities.period?.[0];
    const period: DateRange = asked ? { start: asked.start < today ? today : asked.start, end: restOf(asked, today) } : { start: today, end: until };
    const scope = formatPeriod(period, info.language, services.timeZone, info.now);
    const day = (date: string) => formatShortDate(date, info.language, services.timeZone, info.now);
    // "my Netflix direct debit": that merchant's expected payments only, never everyone's in disguise.
    const named = info.result.entities.merchant?.[0];
    const askedSeries = named ? seriesAt(series, named) : series;
    if (named && askedSeries.length === 0) return withQuickReplies(texts.noSubscriptionAt(named), insightSteps(texts, 'upcoming'));
    const debits = period.start <= period.end ? withExpected(expectedDebits(askedSeries, period, today), named ? [] : cards.debits, period) : [];
    const lines = debits.length === 0
      ? [texts.noUpcoming(scope)]
      : [texts.upcomingTotal(scope, money(totalOf(debits)), debits.length),
        ...debits.slice(0, SHOWN).map((d) => texts.upcomingLine(day(d.date), payee(input, d), money(d.amountCents)))];
    if (checking && !named) {
      const ahead = { start: today, end: until };
      const projection = projectBalance(await startingBalance(input, checking),
        withExpected(expectedDebits(series.filter((s) => s.accountId === checking.id), ahead, today), cards.debits, ahead));
      lines.push(...projectionLines(input, checking, projection, payday === until ? payday : null, until));
    }
    return withQuickReplies(lines.join('\n'), insightSteps(texts, 'upcoming'));
  }
}

/** The monthly settlement of each credit card the checking account pays off, and how those transfers are named. */
async function cardSettlements(input: InsightInput, checking: Account): Promise<{ debits: ExpectedDebit[]; descriptions: string[] }> {
  const { services, customerId, today } = input;
  const cards = input.accounts.filter((a) => a.type === 'credit_card');
  const { settlements, descriptions } = await settlementsOf(services.transactions, customerId, checking, cards, today, services.timeZone);
  const debits = cards.map((card) => nextSettlement(settlements, card, checking, today)).filter((d): d is ExpectedDebit => d !== null);
  return { debits, descriptions: debits.length > 0 ? descriptions : [] };
}

function payee(input: InsightInput, debit: ExpectedDebit): string {
  return debit.settlesCard ? input.texts.cardSettlementPayee(debit.settlesCard) : debit.merchant;
}

/**
 * The period resolver stops "cette semaine" and "this month" at today, as they are asked about the past;
 * asked about what is coming they mean the rest of that week (from a Monday) or month (from the 1st).
 * (On a Monday or a 1st, "today" reads as the week or the month too: the resolver gives the same range.)
 */
function restOf(period: DateRange, today: string): string {
  if (period.end !== today) return period.end;
  if (period.start.endsWith('-01')) return addDays(addMonths(period.start, 1), -1);
  return isMonday(period.start) ? addDays(period.start, 6) : period.end;
}

function isMonday(date: string): boolean {
  return new Date(`${date}T12:00:00Z`).getUTCDay() === 1;
}

/** The booked balance with the pending movements already taken, as they will be. */
async function startingBalance(input: InsightInput, account: Account): Promise<number> {
  const pending = await input.services.transactions.totals(input.customerId, { accountIds: [account.id], status: 'pending' });
  return account.balanceCents + pending.totalCents;
}

function projectionLines(input: InsightInput, account: Account, days: ProjectedDay[], payday: string | null, until: string): string[] {
  const { texts, info, services, money } = input;
  const day = (date: string) => formatShortDate(date, info.language, services.timeZone, info.now);
  if (days.length === 0) return [];
  const intro = payday ? texts.projectionIntro(account.name, day(payday)) : texts.projectionIntroNoPayday(account.name, day(until));
  const overdrawn = days.find((d) => d.balanceCents < 0);
  const lowest = days.reduce((low, d) => (d.balanceCents < low.balanceCents ? d : low), days[0]);
  return [
    intro,
    ...days.slice(0, SHOWN).map((d) => texts.projectionLine(day(d.date), money(d.balanceCents))),
    overdrawn ? texts.overdraft(day(overdrawn.date), money(overdrawn.balanceCents)) : texts.noOverdraft(money(lowest.balanceCents), day(lowest.date)),
    texts.estimateNote,
  ];
}
