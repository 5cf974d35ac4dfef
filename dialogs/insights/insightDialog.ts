import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { Activity } from 'botbuilder';
import type { Account } from '../../data/types';
import { localDate } from '../../data/time';
import { auditAccess } from '../auditAccess';
import { formatMoney } from '../format/money';
import type { DialogServices } from '../services';
import { textsFor, type Texts } from '../texts';
import { linkedCustomerId, turnInfo, type TurnInfo } from '../turnInfo';

/** What an insight answer is computed from: the linked customer, their accounts, today in the bank's zone. */
export interface InsightInput {
  services: Pick<DialogServices, 'transactions' | 'timeZone'>;
  info: TurnInfo;
  texts: Texts;
  customerId: string;
  accounts: Account[];
  /** `YYYY-MM-DD` in the bank's zone. */
  today: string;
  money: (cents: number) => string;
}

/** What every insight reads: the accounts, their transactions, the audit log, the bank's zone. */
export type InsightServices = Pick<DialogServices, 'accounts' | 'transactions' | 'audit' | 'timeZone'>;

/**
 * A question about the customer's own money answered in one turn: read, audit, reply, end. The main
 * dialog starts it only for a linked customer.
 */
export abstract class InsightDialog extends Dialog {
  protected constructor(id: string, protected readonly services: InsightServices, private readonly intent: string) {
    super(id);
  }

  async beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const info = turnInfo(dc.context);
    const customerId = linkedCustomerId(info) as string;
    const accounts = await this.services.accounts.accounts(customerId);
    const currency = accounts[0]?.currency ?? 'EUR';
    await auditAccess(this.services, dc.context, customerId, this.intent, accounts.map((a) => a.id));
    const input: InsightInput = {
      services: this.services,
      info,
      texts: textsFor(info.language),
      customerId,
      accounts,
      today: localDate(info.now, this.services.timeZone),
      money: (cents) => formatMoney(cents, currency, info.language),
    };
    await dc.context.sendActivity(await this.answer(input));
    return dc.endDialog();
  }

  protected abstract answer(input: InsightInput): Promise<Partial<Activity>> | Partial<Activity>;
}

/** The other insights, as next steps. */
export function insightSteps(texts: Texts, except: keyof Texts['insightQuick']): string[] {
  return (Object.entries(texts.insightQuick) as [keyof Texts['insightQuick'], string][])
    .filter(([key]) => key !== except).map(([, title]) => title);
}
