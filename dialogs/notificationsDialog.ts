import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type FoundChoice, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { Language } from '../data/language';
import type { RecognizedEntities } from './recognized';
import type { Account } from '../data/types';
import type { NotificationSettings } from '../data/notificationSettingsStore';
import { accountOptions, accountsNamed, type WantedAccount } from './conversation/accountChoice';
import { AmountPrompt, amountAnswer } from './amountPrompt';
import { formatMoney } from './format/money';
import { OptionPrompt, optionQuestion } from './conversation/optionPrompt';
import { withQuickReplies, type QuickReply } from './replies';
import type { DialogServices } from './services';
import { textsFor, type Texts } from './texts';
import { linkedCustomerId, turnInfo } from './turnInfo';

export const NOTIFICATIONS_DIALOG = 'notificationsDialog';
const ACCOUNT_CHOICE = 'notificationsAccountChoice';
const THRESHOLD_PROMPT = 'notificationsThreshold';
const STEPS = 'notificationsSteps';

type Request = NonNullable<RecognizedEntities['notification']>[number];
/** What the threshold steps carry from one to the next. */
interface ThresholdValues {
  account?: WantedAccount;
  cents: number;
  /** The currencies the amount was named in, if any. */
  currencies: string[];
  accountId?: string;
}

/**
 * "Turn on notifications", "stop delivery updates", "alert me when my balance goes below 100 €".
 * Settings belong to this chat (not to every chat of the customer), and everything is off until asked
 * for. A low-balance alert without an amount asks for one; without an account named, it asks which
 * one, unless the customer has only one. Either question is abandoned by any other request.
 */
export class NotificationsDialog extends ComponentDialog {
  constructor(private readonly services: Pick<DialogServices, 'accounts' | 'notificationSettings'>) {
    super(NOTIFICATIONS_DIALOG);
    this.addDialog(new OptionPrompt(ACCOUNT_CHOICE));
    this.addDialog(new AmountPrompt(THRESHOLD_PROMPT));
    this.addDialog(new WaterfallDialog(STEPS, [
      this.decide.bind(this), this.pickAccount.bind(this), this.checkCurrency.bind(this), this.saveThreshold.bind(this),
    ]));
    this.initialDialogId = STEPS;
  }

  private async decide(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const info = turnInfo(step.context);
    const texts = textsFor(info.language);
    const request = info.result.entities.notification?.[0];
    const cents = request?.action === 'off' ? undefined : amountAnswer(info.result.entities);
    (step.values as { account?: WantedAccount }).account = info.result.entities.account?.[0];
    if (cents !== undefined && (request || info.result.entities.amount)) return step.next(cents);
    if (!request) return this.reply(step, await this.status(step, texts));
    if (request.topic === 'lowBalance' && request.action === 'on') {
      return step.prompt(THRESHOLD_PROMPT, { prompt: texts.notificationSettings.askThreshold });
    }
    return this.reply(step, await this.apply(step, request, texts));
  }

  private async pickAccount(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const info = turnInfo(step.context);
    const accounts = await this.services.accounts.accounts(linkedCustomerId(info) as string);
    const values = step.values as ThresholdValues;
    values.cents = step.result as number;
    values.currencies = info.result.entities.currency ?? [];
    const matches = accountsNamed(accounts, values.account ?? info.result.entities.account?.[0]);
    const candidates = matches.length > 0 ? matches : accounts;
    if (candidates.length === 1) return step.next({ value: candidates[0].id } as Partial<FoundChoice>);
    return step.prompt(ACCOUNT_CHOICE, optionQuestion(textsFor(info.language).notificationSettings.whichAccount, accountOptions(candidates)));
  }

  /**
   * "below 50 pounds" for an account in euros: 50 pounds is not 50 euros, and we do not convert, so the
   * amount is asked again in the account's currency rather than swapped silently.
   */
  private async checkCurrency(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const info = turnInfo(step.context);
    const account = await this.services.accounts.account(linkedCustomerId(info) as string, (step.result as FoundChoice).value);
    if (!account) return step.endDialog();
    const values = step.values as ThresholdValues;
    values.accountId = account.id;
    if (values.currencies.every((currency) => currency === account.currency)) return step.next(values.cents);
    const said = textsFor(info.language).notificationSettings;
    const question = said.askThresholdIn(account.name, said.currencyNames[account.currency] ?? account.currency);
    return step.prompt(THRESHOLD_PROMPT, { prompt: question, retryPrompt: question, validations: { currency: account.currency } });
  }

  private async saveThreshold(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const info = turnInfo(step.context);
    const account = await this.services.accounts.account(linkedCustomerId(info) as string, (step.values as ThresholdValues).accountId as string);
    if (!account) return step.endDialog();
    const cents = step.result as number;
    await this.services.notificationSettings.setLowBalanceThreshold(info.user, account.id, cents);
    const texts = textsFor(info.language);
    return this.reply(step, texts.notificationSettings.lowBalanceSet(account.name, threshold(account, cents, info.language)));
  }

  private async apply(step: WaterfallStepContext, request: Request, texts: Texts): Promise<string> {
    const { user, now } = turnInfo(step.context);
    const settings = this.services.notificationSettings;
    const on = request.action === 'on';
    const said = texts.notificationSettings;
    switch (request.topic) {
      case 'transactions':
        await settings.setTopics(user, ['transactions'], on, now);
        return on ? said.transactionsOn : said.transactionsOff;
      case 'deliveries':
        await settings.setTopics(user, ['deliveries'], on, now);
        return on ? said.deliveriesOn : said.deliveriesOff;
      case 'lowBalance':
        await settings.clearLowBalanceThresholds(user);
        return said.lowBalanceOff;
      case 'unusual':
        await settings.setTopics(user, ['unusual'], on, now);
        return on ? texts.unusualAlert.on : texts.unusualAlert.off;
      case 'all':
        // "Stop all notifications" stops the unusual payment alerts too; "turn them on" leaves them as they were.
        await settings.setTopics(user, on ? ['transactions', 'deliveries'] : ['transactions', 'deliveries', 'unusual'], on, now);
        if (!on) await settings.clearLowBalanceThresholds(user);
        return on ? said.on : said.off;
    }
  }

  private async status(step: WaterfallStepContext, texts: Texts): Promise<string> {
    const current = await this.services.notificationSettings.settings(turnInfo(step.context).user);
    return texts.notificationSettings.status(current.transactions, current.deliveries, current.unusual, Object.keys(current.lowBalance).length);
  }

  /** The reply, with quick replies that offer what the settings now allow: never to turn on what is on. */
  private async reply(step: WaterfallStepContext, text: string): Promise<DialogTurnResult> {
    const { user, language } = turnInfo(step.context);
    const quick = settingsQuickReplies(await this.services.notificationSettings.settings(user), textsFor(language));
    await step.context.sendActivity(withQuickReplies(text, quick));
    return step.endDialog();
  }
}

/** Updates on or off (both when only one kind is on), a low-balance alert to set or stop, unusual payments on or off. */
export function settingsQuickReplies(current: NotificationSettings, texts: Texts): (string | QuickReply)[] {
  const q = texts.notificationQuick;
  const updates = [...(current.transactions && current.deliveries ? [] : [q.turnOn]), ...(current.transactions || current.deliveries ? [q.turnOff] : [])];
  const lowBalance = Object.keys(current.lowBalance).length > 0 ? [q.lowBalance, q.lowBalanceOff] : [q.lowBalance];
  return [...updates, ...lowBalance, current.unusual ? q.unusualOff : q.unusualOn];
}

function threshold(account: Account, cents: number, language: Language): string {
  return formatMoney(cents, account.currency, language);
}
