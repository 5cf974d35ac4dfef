import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type FoundChoice, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { Account } from '../data/types';
import { accountOptions, accountsNamed, accountsNamedByAny } from './conversation/accountChoice';
import { auditAccess } from './auditAccess';
import type { DataRequest } from './conversationMemory';
import { requestOfStep } from './conversation/dataRequest';
import { formatMoney } from './format/money';
import { maskAccountNumber } from './format/mask';
import { OptionPrompt, optionQuestion } from './conversation/optionPrompt';
import type { DialogServices } from './services';
import { textsFor, type Texts } from './texts';
import { linkedCustomerId, turnInfo, type TurnInfo } from './turnInfo';
import { withQuickReplies } from './replies';
import { balanceCentsOn, pastBalancesIntro, pastDayOf } from './transactions/pastBalance';

export const BALANCE_DIALOG = 'balanceDialog';
const ACCOUNT_CHOICE = 'balanceAccountChoice';
const STEPS = 'balanceSteps';

/**
 * "What's my balance?": one named account gets its balance; no account named gets all of them at once
 * (a short list reads better on a phone than a question); a type the customer holds several of
 * ("my savings" with two savings accounts) gets a choice. A past day ("le 1er octobre") gives the
 * balance at the end of that day, and a follow-up keeps it ("et sur le livret A ?").
 */
export class BalanceDialog extends ComponentDialog {
  constructor(private readonly services: Pick<DialogServices, 'accounts' | 'transactions' | 'audit' | 'timeZone'>) {
    super(BALANCE_DIALOG);
    this.addDialog(new OptionPrompt(ACCOUNT_CHOICE));
    this.addDialog(new WaterfallDialog(STEPS, [this.pickAccount.bind(this), this.showBalance.bind(this)]));
    this.initialDialogId = STEPS;
  }

  private async pickAccount(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const info = turnInfo(step.context);
    const request = requestOfStep(step.options, info, 'Balance');
    const customerId = linkedCustomerId(info) as string;
    const accounts = await this.services.accounts.accounts(customerId);
    const wanted = request.entities.account?.[0];
    if (!wanted) return this.showAll(step, request, customerId, accounts);
    const several = request.entities.account ?? [];
    if (several.length > 1) {
      // "mon livret A et mon compte courant": a line for each account named, none dropped.
      const named = accountsNamedByAny(accounts, several);
      if (named.length > 0) return this.showAll(step, request, customerId, named);
    }
    const matches = accountsNamed(accounts, wanted);
    if (matches.length === 1) return step.next({ value: matches[0].id } as Partial<FoundChoice>);
    if (matches.length === 0) {
      // A joint account, the one kind named with no type (see `JOINT`): said so, never replaced by another account.
      const texts = textsFor(info.language);
      const intro = wanted.type === undefined && wanted.id === undefined ? texts.noJointAccount(accounts.length) : texts.noSuchAccount(accounts.length);
      return this.showAll(step, request, customerId, accounts, intro);
    }
    return step.prompt(ACCOUNT_CHOICE, optionQuestion(textsFor(info.language).whichAccount, accountOptions(matches)));
  }

  private async showBalance(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const info = turnInfo(step.context);
    const request = requestOfStep(step.options, info, 'Balance');
    const customerId = linkedCustomerId(info) as string;
    const account = await this.services.accounts.account(customerId, (step.result as FoundChoice).value);
    if (account) {
      await auditAccess(this.services, step.context, customerId, 'Balance', [account.id]);
      const day = pastDayOf(request, info, this.services.timeZone);
      const line = balanceLine(account, info, await balanceCentsOn(this.services, customerId, account, day));
      const text = day ? `${pastBalancesIntro(info, day, this.services.timeZone, 1)}\n${line}` : line;
      await step.context.sendActivity(withQuickReplies(text, nextSteps(textsFor(info.language))));
    }
    return step.endDialog();
  }

  private async showAll(
    step: WaterfallStepContext, request: DataRequest, customerId: string, accounts: Account[], intro?: string,
  ): Promise<DialogTurnResult> {
    const info = turnInfo(step.context);
    const texts = textsFor(info.language);
    await auditAccess(this.services, step.context, customerId, 'Balance', accounts.map((a) => a.id));
    const day = pastDayOf(request, info, this.services.timeZone);
    const heading = intro ?? (day ? pastBalancesIntro(info, day, this.services.timeZone, accounts.length) : texts.balancesIntro(accounts.length));
    const balances = await Promise.all(accounts.map((a) => balanceCentsOn(this.services, customerId, a, day)));
    const lines = [heading, ...accounts.map((a, i) => `• ${balanceLine(a, info, balances[i])}`)];
    await step.context.sendActivity(withQuickReplies(lines.join('\n'), nextSteps(texts)));
    return step.endDialog();
  }
}

function balanceLine(account: Account, info: TurnInfo, balanceCents: number): string {
  const amount = formatMoney(balanceCents, account.currency, info.language);
  return textsFor(info.language).balanceLine(account.name, maskAccountNumber(account), amount);
}

function nextSteps(texts: Texts): string[] {
  return [texts.quick.transactions, texts.quick.receipts, texts.quick.deliveries];
}
