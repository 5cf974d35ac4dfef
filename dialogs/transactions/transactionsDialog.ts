import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type FoundChoice, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { Activity } from 'botbuilder';
import type { Account } from '../../data/types';
import { auditAccess } from '../auditAccess';
import { accountOptions, accountsNamed, accountsNamedByAny, accountsNotLeftOut } from '../conversation/accountChoice';
import { unknownCardReply } from '../conversation/unknownCard';
import type { DataRequest } from '../conversationMemory';
import { requestOfStep } from '../conversation/dataRequest';
import { OptionPrompt, optionQuestion } from '../conversation/optionPrompt';
import type { DialogServices } from '../services';
import { textsFor } from '../texts';
import { earningsAnswer, salaryAnswer } from './incomeAnswers';
import { averageAnswer } from './averageAnswer';
import { biggestAnswer, incomeAnswer, listAnswer, nextSteps, totalAnswer, type AnswerInput } from './transactionAnswers';
import { withQuickReplies } from '../replies';
import { eachAsked, onlyLastWithQuickReplies } from './eachAsked';
import { filterOf, unnamedPeriod, scopeWords } from './transactionScope';
import { narrowedScope } from './narrowerKind';
import { lastPaymentAnswer } from './lastPaymentAnswer';
import { listed } from './listed';
import { linkedCustomerId, turnInfo } from '../turnInfo';

export const TRANSACTIONS_DIALOG = 'transactionsDialog';
const ACCOUNT_CHOICE = 'transactionsAccountChoice';
const STEPS = 'transactionsSteps';
const ALL_ACCOUNTS = '*';
/** The value of the account step when several accounts were named, followed by their ids as JSON. */
const SEVERAL = 'several:';

/**
 * Movements, totals, the biggest expense and incoming money. No account named means all of them; an
 * account type the customer holds several of is asked for, never guessed. Totals, the biggest expense
 * and income default to this month so far (`unnamedPeriod`), and every answer says the period it covers.
 */
export class TransactionsDialog extends ComponentDialog {
  constructor(private readonly services: Pick<DialogServices, 'accounts' | 'transactions' | 'audit' | 'timeZone'>) {
    super(TRANSACTIONS_DIALOG);
    this.addDialog(new OptionPrompt(ACCOUNT_CHOICE));
    this.addDialog(new WaterfallDialog(STEPS, [this.pickAccount.bind(this), this.answer.bind(this)]));
    this.initialDialogId = STEPS;
  }

  private async pickAccount(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const info = turnInfo(step.context);
    const request = requestOfStep(step.options, info, 'Transactions');
    const accounts = await this.services.accounts.accounts(linkedCustomerId(info) as string);
    const matches = accountsNamed(accounts, request.entities.account?.[0]);
    const several = (request.entities.account?.length ?? 0) > 1 ? accountsNamedByAny(accounts, request.entities.account ?? []).map((a) => a.id) : [];
    if (several.length > 1) return step.next({ value: SEVERAL + JSON.stringify(several) } as Partial<FoundChoice>);
    if (matches.length === 1) return step.next({ value: matches[0].id } as Partial<FoundChoice>);
    const wanted = request.entities.account?.[0];
    if (!wanted) return step.next({ value: ALL_ACCOUNTS } as Partial<FoundChoice>);
    const unknownCard = matches.length === 0 ? unknownCardReply(wanted, accounts, info.language, nextSteps(info)) : undefined;
    if (unknownCard) {
      await step.context.sendActivity(unknownCard);
      return step.endDialog();
    }
    if (matches.length === 0) {
      // An account the customer does not hold is said so: a total over all accounts would look like the answer.
      const names = accounts.map((a) => a.name);
      const texts = textsFor(info.language);
      await step.context.sendActivity(withQuickReplies(wanted.type ? texts.noAccountOfType(wanted.type, names) : texts.noAccountLike(wanted.text, names), nextSteps(info)));
      return step.endDialog();
    }
    return step.prompt(ACCOUNT_CHOICE, optionQuestion(textsFor(info.language).whichAccount, accountOptions(matches)));
  }

  private async answer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const info = turnInfo(step.context);
    const customerId = linkedCustomerId(info) as string;
    const request = requestOfStep(step.options, info, 'Transactions');
    const chosen = (step.result as FoundChoice).value;
    const all = await this.services.accounts.accounts(customerId);
    const ids: string[] = chosen.startsWith(SEVERAL) ? JSON.parse(chosen.slice(SEVERAL.length)) : [chosen];
    // No account named: all of them, but those left out ("mes dépenses sauf la carte").
    const accounts = chosen === ALL_ACCOUNTS ? accountsNotLeftOut(all, request.entities.notAccount) : all.filter((a) => ids.includes(a.id));
    await auditAccess(this.services, step.context, customerId, 'Transactions', accounts.map((a) => a.id));
    // Several accounts named: an answer for each ("sur mon livret A et mon compte courant").
    const scopes = chosen === ALL_ACCOUNTS ? [accounts] : accounts.map((account) => [account]);
    const replies: Partial<Activity>[] = [];
    for (const scope of scopes) {
      for (const asked of eachAsked(request)) replies.push(...[await this.answerOf(asked, info, customerId, scope, chosen !== ALL_ACCOUNTS)].flat());
    }
    await step.context.sendActivities(onlyLastWithQuickReplies(replies));
    return step.endDialog();
  }

  private async answerOf(request: DataRequest, info: ReturnType<typeof turnInfo>, customerId: string, accounts: Account[], named: boolean) {
    if (request.entities.undatedPeriod?.length && !request.entities.period?.length) {
      // Never another period in their place: the answer would look like the one asked for.
      return withQuickReplies(textsFor(info.language).undatedPeriod, nextSteps(info));
    }
    const view = viewOf(request);
    const incoming = view === 'income' || view === 'earnings' || view === 'salary' || request.intent === 'Income';
    const entities = incoming ? { ...request.entities, direction: ['in' as const] } : request.entities;
    // A mean is over the complete months before this one, unless the question names its period.
    // Weekends are those of a period: of this month so far when none is named, even for a list.
    const weekends = request.entities.dayKind?.[0] === 'weekend' && view !== 'average';
    const wholeMonth = (view === 'list' || view === 'average') && !weekends ? undefined : unnamedPeriod(info.now, this.services.timeZone);
    const filter = filterOf(entities, accounts, request.entities.period?.[0] ?? wholeMonth, view === 'list');
    if (view === 'total' && !filter.direction) filter.direction = 'out';
    const currency = accounts[0]?.currency ?? 'EUR';
    const foreign = request.entities.amount?.length ? request.entities.currency?.find((named) => named !== currency) : undefined;
    if (foreign) {
      // "over 50 quid" on accounts in euros: 50 pounds is not 50 euros, and we do not convert.
      const texts = textsFor(info.language);
      const names = texts.notificationSettings.currencyNames;
      // One tap asks the same in the account's money, said so on the button and in the answer: never a silent 1:1.
      const again = info.result.entities.withoutCurrency?.[0];
      const sameIn = again ? [{ title: texts.sameAmountIn(CURRENCY_SIGNS[currency] ?? currency), value: again }] : [];
      return withQuickReplies(texts.amountInOtherCurrency(names[foreign] ?? foreign, names[currency] ?? currency), [...sameIn, ...nextSteps(info)]);
    }
    const accountName = named ? accounts[0]?.name : undefined;
    const scopeOf = (f: typeof filter) => scopeWords(f, accountName, info, this.services.timeZone, currency);
    // "en carburant", "on trains": no category of the bank's; read from the broader category's merchants.
    const narrower = request.entities.narrowerKind?.[0];
    let note: string | undefined;
    if (narrower && filter.category && !filter.merchant) {
      const texts = textsFor(info.language);
      const narrowed = await narrowedScope(this.services, customerId, filter, narrower);
      if (narrowed.kind === 'none') return withQuickReplies(texts.noNarrowerKind[narrower](scopeOf({ ...filter, category: undefined })), nextSteps(info));
      note = texts.narrowerKindAt[narrower](listed(narrowed.merchants, texts.scope.and));
      Object.assign(filter, { category: undefined, merchantsAnyOf: narrowed.merchants });
    }
    if (info.result.entities.lastPayment?.length && (filter.merchant || filter.category || filter.merchantsAnyOf)) {
      // "When did I last pay at Tesco": one payment, of any time unless a period was named; never money in.
      const paid = { ...filter, period: request.entities.period?.[0], direction: 'out' as const, excludeOwnTransfers: true };
      const input: AnswerInput = { services: this.services, info, customerId, accounts, filter: paid, currency, scope: scopeOf(paid) };
      return withNote(await lastPaymentAnswer(input, paid, scopeOf), note);
    }
    const input: AnswerInput = {
      services: this.services, info, customerId, accounts, filter, currency,
      // The months a mean covers are said apart from the rest of its scope.
      scope: scopeOf(view === 'average' ? { ...filter, period: undefined } : filter),
    };
    return withNote(await this.viewAnswer(view, input, request), note);
  }

  private async viewAnswer(view: View, input: AnswerInput, request: DataRequest): Promise<Partial<Activity> | Partial<Activity>[]> {
    if (view === 'average') return await averageAnswer(input, request.entities.averagePer?.[0]);
    if (view === 'total') return await totalAnswer(input);
    if (view === 'biggest') return await biggestAnswer(input);
    if (view === 'income') return await incomeAnswer(input);
    if (view === 'earnings') return await earningsAnswer(input);
    if (view === 'salary') return await salaryAnswer(input, request.entities.period?.[0]);
    return await listAnswer(input, request);
  }
}

/** The note said before an answer (a list's first message too): what a narrower kind was read as. */
function withNote(answer: Partial<Activity> | Partial<Activity>[], note: string | undefined): Partial<Activity> | Partial<Activity>[] {
  if (!note) return answer;
  const [first, ...rest] = Array.isArray(answer) ? answer : [answer];
  const noted = { ...first, text: `${note}\n${first.text ?? ''}` };
  return Array.isArray(answer) ? [noted, ...rest] : noted;
}

type View = NonNullable<DataRequest['entities']['transactionView']>[number];

/**
 * What the request wants. An Income request is the income of a period, or the salary check when it asks
 * whether money came in; a total of money in is the income of the period; a salary named in "has it come
 * in?" is judged by the pay cycle.
 */
/** The sign of the account's currency, short enough for a quick reply's title ("Same amounts in €"). */
const CURRENCY_SIGNS: Readonly<Record<string, string>> = { EUR: '€', GBP: '£', USD: '$' };

function viewOf(request: DataRequest): View {
  const named = request.entities.transactionView?.[0];
  // "et en moyenne par mois ?" after an income answer: the mean of income, not the same answer again.
  if (request.intent === 'Income' && named === 'average') return 'average';
  if (request.intent === 'Income') return named === 'salary' || named === 'income' ? 'salary' : 'earnings';
  if (named === 'total' && request.entities.direction?.[0] === 'in') return 'earnings';
  if (named === 'income' && request.entities.category?.[0] === 'salary') return 'salary';
  return named ?? 'list';
}

