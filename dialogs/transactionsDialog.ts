import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type FoundChoice, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { Account } from '../data/types';
import { auditAccess } from './auditAccess';
import { accountOptions, accountsNamed } from './accountChoice';
import type { DataRequest } from './conversationMemory';
import { requestOfStep } from './dataRequest';
import { OptionPrompt, optionQuestion } from './optionPrompt';
import type { DialogServices } from './services';
import { textsFor } from './texts';
import { biggestAnswer, incomeAnswer, listAnswer, totalAnswer, type AnswerInput } from './transactionAnswers';
import { filterOf, monthToDate, scopeWords } from './transactionScope';
import { linkedCustomerId, turnInfo } from './turnInfo';

export const TRANSACTIONS_DIALOG = 'transactionsDialog';
const ACCOUNT_CHOICE = 'transactionsAccountChoice';
const STEPS = 'transactionsSteps';
const ALL_ACCOUNTS = '*';

/**
 * Movements, totals, the biggest expense and incoming money. No account named means all of them; an
 * account type the customer holds several of is asked for, never guessed. Totals, the biggest expense
 * and income default to this month so far, and every answer says the period it covers.
 */
export class TransactionsDialog extends ComponentDialog {
  constructor(private readonly services: DialogServices) {
    super(TRANSACTIONS_DIALOG);
    this.addDialog(new OptionPrompt(ACCOUNT_CHOICE));
    this.addDialog(new WaterfallDialog(STEPS, [this.pickAccount.bind(this), this.answer.bind(this)]));
    this.initialDialogId = STEPS;
  }

  private async pickAccount(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const info = turnInfo(step.context);
    const request = requestOfStep(step.options, info, 'Transactions');
    const accounts = this.services.accounts.accounts(linkedCustomerId(info) as string);
    const matches = accountsNamed(accounts, request.entities.account?.[0]);
    if (matches.length === 1) return step.next({ value: matches[0].id } as Partial<FoundChoice>);
    if (matches.length === 0) return step.next({ value: ALL_ACCOUNTS } as Partial<FoundChoice>);
    return step.prompt(ACCOUNT_CHOICE, optionQuestion(textsFor(info.language).whichAccount, accountOptions(matches)));
  }

  private async answer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const info = turnInfo(step.context);
    const customerId = linkedCustomerId(info) as string;
    const request = requestOfStep(step.options, info, 'Transactions');
    const chosen = (step.result as FoundChoice).value;
    const all = this.services.accounts.accounts(customerId);
    const accounts = chosen === ALL_ACCOUNTS ? all : all.filter((a) => a.id === chosen);
    auditAccess(this.services, step.context, customerId, 'Transactions', accounts.map((a) => a.id));
    await step.context.sendActivity(this.reply(request, info, customerId, accounts, chosen !== ALL_ACCOUNTS));
    return step.endDialog();
  }

  private reply(request: DataRequest, info: ReturnType<typeof turnInfo>, customerId: string, accounts: Account[], named: boolean) {
    const view = request.entities.transactionView?.[0] ?? 'list';
    const entities = view === 'income' ? { ...request.entities, direction: ['in' as const] } : request.entities;
    const wholeMonth = view === 'list' ? undefined : monthToDate(info.now, this.services.timeZone);
    const filter = filterOf(entities, accounts, request.entities.period?.[0] ?? wholeMonth);
    if (view === 'total' && !filter.direction) filter.direction = 'out';
    const currency = accounts[0]?.currency ?? 'EUR';
    const accountName = named ? accounts[0]?.name : undefined;
    const input: AnswerInput = {
      services: this.services, info, customerId, accounts, filter, currency,
      scope: scopeWords(filter, accountName, info, this.services.timeZone, currency),
    };
    if (view === 'total') return totalAnswer(input);
    if (view === 'biggest') return biggestAnswer(input);
    if (view === 'income') return incomeAnswer(input);
    return listAnswer(input, request.offset);
  }
}
