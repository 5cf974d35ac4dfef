import type { TurnContext } from 'botbuilder';
import type { DialogServices } from './services';
import { turnInfo } from './turnInfo';

/** Every read of a customer's data leaves a line in the audit log: who, which customer, what, when, where. */
export async function auditAccess(
  services: Pick<DialogServices, 'audit'>, context: TurnContext, customerId: string, intent: string, accountIds: string[],
): Promise<void> {
  const info = turnInfo(context);
  await services.audit.record({
    at: info.now.toISOString(),
    channelId: info.user.channelId,
    userId: info.user.userId,
    customerId,
    intent,
    accountIds,
  });
}

/** The accounts a set of receipts or deliveries was read through, each once, in the order first met. */
export function accountsOf(items: readonly { accountId: string }[]): string[] {
  return [...new Set(items.map((item) => item.accountId))];
}
